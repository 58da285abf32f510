using System.Globalization;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord;

/// <summary>Reports every problem of the Discord options at once; only runs its checks when a token is set.</summary>
public sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Section = DiscordOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.Token!.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            // The value itself is never repeated: it is a secret.
            failures.Add($"{Section}:Token must be the bot token alone, without spaces or a 'Bot ' prefix.");
        }

        if (options.ApplicationId is not null && !IsSnowflake(options.ApplicationId))
        {
            failures.Add($"{Section}:ApplicationId must be a numeric Discord id (was '{options.ApplicationId}').");
        }

        if (options.DevelopmentGuildId is not null && !IsSnowflake(options.DevelopmentGuildId))
        {
            failures.Add($"{Section}:DevelopmentGuildId must be a numeric Discord id (was '{options.DevelopmentGuildId}').");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:ApiBaseUrl must be an absolute http(s) URL such as {DiscordOptions.DefaultApiBaseUrl} (was '{options.ApiBaseUrl}').");
        }

        // The URL goes into a header between parentheses and before a comma, so those would break the format.
        if (!Uri.TryCreate(options.UserAgentUrl, UriKind.Absolute, out var home) || (home.Scheme != Uri.UriSchemeHttps && home.Scheme != Uri.UriSchemeHttp)
            || options.UserAgentUrl.IndexOfAny([',', '(', ')', ' ']) >= 0)
        {
            failures.Add($"{Section}:UserAgentUrl must be an absolute http(s) URL without commas, parentheses or spaces, such as your bot's home page (was '{options.UserAgentUrl}').");
        }

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{Section}:Mode must be Gateway or Http.");
        }

        if (options.Mode == DiscordMode.Http)
        {
            if (!Uri.TryCreate(options.HttpListen, UriKind.Absolute, out var listen) || (listen.Scheme != Uri.UriSchemeHttp && listen.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{Section}:HttpListen must be an http(s) address such as http://127.0.0.1:8090 when Mode is Http.");
            }

            if (!IsHex(options.PublicKey, 64))
            {
                failures.Add($"{Section}:PublicKey must be the application's public key, 64 hexadecimal characters, when Mode is Http.");
            }
        }

        if (options.ShardCount is < 1)
        {
            failures.Add($"{Section}:ShardCount must be at least 1 (was {options.ShardCount}).");
        }

        if (options.ShardIds is not null)
        {
            if (!ShardRange.TryParse(options.ShardIds, out var range))
            {
                failures.Add($"{Section}:ShardIds must be one shard id or a range 'first-last' such as 0-3 (was '{options.ShardIds}').");
            }
            else if (options.ShardCount is null)
            {
                failures.Add($"{Section}:ShardIds needs ShardCount, the total number of shards.");
            }
            else if (range.Last >= options.ShardCount)
            {
                failures.Add($"{Section}:ShardIds must lie below ShardCount {options.ShardCount} (was '{options.ShardIds}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string value) =>
        value.Length is > 0 and <= 20 && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsHex(string? value, int length) =>
        value is not null && value.Length == length && value.All(char.IsAsciiHexDigit);
}
