namespace StudyBot.Matrix;

/// <summary>How the bot reaches its Matrix account (section <c>StudyBot:Matrix</c>).</summary>
/// <remarks>
/// <see cref="ToString"/> leaves out <see cref="AccessToken"/> and <see cref="Password"/>, so logging the options or
/// putting them in an exception message never shows a secret.
/// </remarks>
public sealed class MatrixOptions
{
    public const string SectionName = "StudyBot:Matrix";

    /// <summary>The homeserver's client API base URL, e.g. https://matrix.example.org.</summary>
    public string? Homeserver { get; set; }

    /// <summary>A server name (example.org) whose <c>/.well-known/matrix/client</c> names the homeserver; used when <see cref="Homeserver"/> is empty.</summary>
    public string? ServerName { get; set; }

    /// <summary>An access token the operator issued for the bot's account; alternative to <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The bot's user id (@studybot:example.org) or localpart, for a password login done once.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>What starts a command in a room.</summary>
    public string CommandPrefix { get; set; } = "!";

    /// <summary>Who may invite the bot: user ids (@ann:example.org) or whole servers (*:example.org, or * for anyone).</summary>
    public IList<string> AllowedInviters { get; } = [];

    /// <summary>The power level that makes a member a moderator; empty means the room's <c>state_default</c>.</summary>
    public long? ModeratorPowerLevel { get; set; }

    /// <summary>Commands older than this are not run when the bot catches up after a restart or a gap.</summary>
    public TimeSpan MaxCommandAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the homeserver may hold a <c>/sync</c> request open when nothing happens.</summary>
    public TimeSpan SyncTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before the first retry after a server error or a dropped connection; doubled on each further try.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often handling one event is tried before it is skipped, so one bad event never stalls the room.</summary>
    public int EventAttempts { get; set; } = 3;

    /// <summary>Least time between two scheduled posts (reminders, excerpts) to one room, so a burst arrives as a paced series.</summary>
    public TimeSpan ScheduledPostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long per-message values (what a reply's reactions run, what <c>!more</c> continues, an unsent reply) are kept.</summary>
    public TimeSpan StateRetention { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Whether the configuration names a homeserver (directly or by server name): that turns Matrix on.</summary>
    public static bool IsConfigured(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(Homeserver)]) || !string.IsNullOrWhiteSpace(section[nameof(ServerName)]);
    }

    public override string ToString() =>
        $"Homeserver={Homeserver}, ServerName={ServerName}, User={User}, AccessToken={(string.IsNullOrEmpty(AccessToken) ? "(none)" : "(set)")}, " +
        $"Password={(string.IsNullOrEmpty(Password) ? "(none)" : "(set)")}, CommandPrefix={CommandPrefix}";
}
