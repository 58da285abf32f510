using System.Globalization;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// The link a server owner opens to add the bot: the <c>bot</c> and <c>applications.commands</c> scopes and only the
/// permissions the bot uses. It reads nothing of a channel's history and pings only through allowed mentions.
/// </summary>
public static class DiscordInvite
{
    /// <summary>See the channel it posts to.</summary>
    public const long ViewChannel = 1L << 10;

    /// <summary>Scheduled reminders and excerpts.</summary>
    public const long SendMessages = 1L << 11;

    /// <summary>Quotes, passages and documents are embeds.</summary>
    public const long EmbedLinks = 1L << 14;

    public const long Permissions = ViewChannel | SendMessages | EmbedLinks;

    /// <summary>The invite URL for <paramref name="applicationId"/>; null when that is not a snowflake.</summary>
    public static Uri? UrlFor(string applicationId)
    {
        ArgumentNullException.ThrowIfNull(applicationId);
        if (applicationId.Length is < 17 or > 20 || !applicationId.All(char.IsAsciiDigit))
        {
            return null;
        }

        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"https://discord.com/oauth2/authorize?client_id={applicationId}&scope=bot+applications.commands&permissions={Permissions}"));
    }
}
