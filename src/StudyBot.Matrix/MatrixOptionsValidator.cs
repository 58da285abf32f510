using Microsoft.Extensions.Options;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix;

/// <summary>Reports every problem with <see cref="MatrixOptions"/> at once, at start-up, without repeating a secret.</summary>
internal sealed class MatrixOptionsValidator : IValidateOptions<MatrixOptions>
{
    private const string Section = MatrixOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, MatrixOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        CheckHomeserver(options, problems);
        CheckCredentials(options, problems);

        if (string.IsNullOrWhiteSpace(options.CommandPrefix) || options.CommandPrefix.Length > 3 || options.CommandPrefix.Any(char.IsWhiteSpace))
        {
            problems.Add($"{Section}:CommandPrefix must be 1-3 characters without spaces, e.g. \"!\".");
        }

        foreach (var inviter in options.AllowedInviters.Where(i => !InviterPolicy.IsValidPattern(i)))
        {
            problems.Add($"{Section}:AllowedInviters has \"{inviter}\"; use a user id (@name:server), *:server or *.");
        }

        if (options.ModeratorPowerLevel is < 0)
        {
            problems.Add($"{Section}:ModeratorPowerLevel must be a power level of 0 or more (was {options.ModeratorPowerLevel}).");
        }

        Check(options.MaxCommandAge, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1), nameof(options.MaxCommandAge));
        Check(options.SyncTimeout, TimeSpan.Zero, TimeSpan.FromMinutes(5), nameof(options.SyncTimeout));
        Check(options.RetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5), nameof(options.RetryDelay));
        Check(options.MaxRetryDelay, options.RetryDelay, TimeSpan.FromHours(1), nameof(options.MaxRetryDelay));
        Check(options.ScheduledPostInterval, TimeSpan.Zero, TimeSpan.FromMinutes(1), nameof(options.ScheduledPostInterval));
        Check(options.StateRetention, TimeSpan.FromHours(1), TimeSpan.FromDays(365), nameof(options.StateRetention));
        if (options.EventAttempts is < 1 or > 10)
        {
            problems.Add($"{Section}:EventAttempts must be between 1 and 10 (was {options.EventAttempts}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

        void Check(TimeSpan value, TimeSpan min, TimeSpan max, string key)
        {
            if (value < min || value > max)
            {
                problems.Add($"{Section}:{key} must be between {min} and {max} (was {value}).");
            }
        }
    }

    private static void CheckHomeserver(MatrixOptions options, List<string> problems)
    {
        if (!string.IsNullOrWhiteSpace(options.Homeserver))
        {
            if (!Uri.TryCreate(options.Homeserver, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
            {
                problems.Add($"{Section}:Homeserver must be an http(s) base URL such as https://matrix.example.org.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.ServerName))
        {
            problems.Add($"{Section}: set Homeserver (a base URL) or ServerName (to find the homeserver through .well-known).");
        }
        else if (Uri.CheckHostName(options.ServerName.Split(':')[0]) == UriHostNameType.Unknown)
        {
            problems.Add($"{Section}:ServerName must be a host name such as example.org.");
        }
    }

    private static void CheckCredentials(MatrixOptions options, List<string> problems)
    {
        var hasToken = !string.IsNullOrWhiteSpace(options.AccessToken);
        var hasUser = !string.IsNullOrWhiteSpace(options.User);
        var hasPassword = !string.IsNullOrEmpty(options.Password);
        if (!hasToken && !(hasUser && hasPassword))
        {
            problems.Add($"{Section}: set AccessToken, or User and Password for a login done once.");
        }
        else if (hasPassword && !hasUser)
        {
            problems.Add($"{Section}:Password is set but User is empty.");
        }

        if (hasUser && options.User!.StartsWith('@') && !options.User.Contains(':', StringComparison.Ordinal))
        {
            problems.Add($"{Section}:User must be a localpart (studybot) or a full user id (@studybot:example.org).");
        }
    }
}
