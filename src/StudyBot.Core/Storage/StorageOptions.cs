using Microsoft.Extensions.Options;

namespace StudyBot.Core.Storage;

/// <summary>Where StudyBot keeps what moderators configure and members did (section <c>StudyBot</c>).</summary>
/// <remarks>
/// Without <see cref="ConnectionString"/> the bot keeps an embedded SQLite file in <see cref="DataDirectory"/>,
/// which suits one machine; with a PostgreSQL connection string several instances can share one database.
/// </remarks>
public sealed class StorageOptions
{
    public const string SectionName = "StudyBot";

    public const string DatabaseFileName = "studybot.db";

    /// <summary>Directory of the SQLite file, created on first start. Key <c>StudyBot:DataDirectory</c>.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. Key <c>StudyBot:ConnectionString</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a statement waits for a lock held by another process before failing.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Reports every problem with <see cref="StorageOptions"/> at start-up, before anything is written.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            problems.Add("StudyBot:DataDirectory must name a directory when no StudyBot:ConnectionString is set.");
        }

        if (options.LockTimeout < TimeSpan.FromSeconds(1) || options.LockTimeout > TimeSpan.FromMinutes(5))
        {
            problems.Add("StudyBot:LockTimeout must be between 1 second and 5 minutes.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
