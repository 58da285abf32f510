using Microsoft.Extensions.Options;

namespace StudyBot.Matrix.Rooms;

/// <summary>Decides whether an invite comes from someone the operator allowed (<see cref="MatrixOptions.AllowedInviters"/>).</summary>
internal sealed class InviterPolicy(IOptions<MatrixOptions> options)
{
    public bool IsAllowed(string inviter)
    {
        var server = ServerOf(inviter);
        foreach (var pattern in options.Value.AllowedInviters)
        {
            if (pattern == "*"
                || string.Equals(pattern, inviter, StringComparison.Ordinal)
                || (pattern.StartsWith("*:", StringComparison.Ordinal) && server is not null
                    && string.Equals(pattern[2..], server, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The server part of a user id: everything after the first colon (it may carry a port).</summary>
    public static string? ServerOf(string userId)
    {
        var colon = userId.IndexOf(':', StringComparison.Ordinal);
        return userId.StartsWith('@') && colon > 1 && colon < userId.Length - 1 ? userId[(colon + 1)..] : null;
    }

    public static bool IsValidPattern(string pattern) =>
        pattern == "*"
        || (pattern.StartsWith("*:", StringComparison.Ordinal) && pattern.Length > 2 && !pattern.Any(char.IsWhiteSpace))
        || (ServerOf(pattern) is not null && !pattern.Any(char.IsWhiteSpace));
}
