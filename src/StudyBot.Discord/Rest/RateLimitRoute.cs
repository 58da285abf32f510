using System.Text;

namespace StudyBot.Discord.Rest;

/// <summary>
/// The rate-limit identity of a request: the route with its major parameter (channel, guild, webhook and token)
/// kept and every other id replaced, so that two messages to one channel share a bucket and two channels do not.
/// Also the form of a path that is safe to log: interaction and webhook tokens are replaced.
/// </summary>
internal readonly record struct RateLimitRoute(string Key, string Major, string Template, bool IsInteractionCallback)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks"];

    public static RateLimitRoute From(HttpMethod method, string path)
    {
        // A query (a page's cursor) selects within a route; it is no part of the route's bucket.
        var segments = path.Split('?', 2)[0].Trim('/').Split('/');
        var template = new StringBuilder(method.Method).Append(' ');
        var major = string.Empty;
        var callback = segments.Length >= 1 && segments[0] == "interactions" && segments[^1] == "callback";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : string.Empty;
            template.Append(i == 0 ? string.Empty : "/");
            if (i == 1 && MajorResources.Contains(previous))
            {
                major = previous == "webhooks" && segments.Length > 2 ? $"{segment}/{segments[2]}" : segment;
                template.Append('{').Append(previous.TrimEnd('s')).Append("_id}");
            }
            else if (IsToken(previous, i))
            {
                template.Append("{token}");
            }
            else if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                template.Append("{id}");
            }
            else
            {
                template.Append(segment);
            }
        }

        // Interaction tokens are secrets too: the key groups by route only, never by token.
        var key = template.ToString();
        return new RateLimitRoute(key, callback ? string.Empty : major, key, callback);

        bool IsToken(string previous, int index) =>
            (segments[0] == "webhooks" && index == 2) || (segments[0] == "interactions" && index == 2);
    }
}
