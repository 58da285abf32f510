using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Commands;
using StudyBot.Core.Platforms;
using StudyBot.Discord.Registration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Registers the command catalog at start with a bulk overwrite, in the development guild when one is set, else
/// globally, and only when the body's hash differs from the one stored after the last registration there.
/// </summary>
internal sealed partial class CommandRegistrationService : StartedBackgroundService
{
    private readonly CommandCatalog _catalog;
    private readonly DiscordRestClient _rest;
    private readonly DiscordApplicationId _applicationId;
    private readonly IPlatformStateStore _store;
    private readonly DiscordOptions _options;
    private readonly ILogger<CommandRegistrationService> _logger;

    public CommandRegistrationService(
        CommandCatalog catalog,
        DiscordRestClient rest,
        DiscordApplicationId applicationId,
        IPlatformStateStore store,
        IOptions<DiscordOptions> options,
        ILogger<CommandRegistrationService> logger)
    {
        _catalog = catalog;
        _rest = rest;
        _applicationId = applicationId;
        _store = store;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The state key of the hash registered in a scope ("global" or a guild id).</summary>
    public static string HashKey(string scope) => $"discord:commands:{scope}";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RegisterAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DiscordApiException or DiscordUnavailableException or HttpRequestException)
        {
            LogFailed(_logger, failure.Message);
        }
    }

    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var body = RegistrationBody.Of(_catalog);
        var guild = string.IsNullOrWhiteSpace(_options.DevelopmentGuildId) ? null : _options.DevelopmentGuildId;
        var key = HashKey(guild ?? "global");
        if (await _store.GetAsync(key, cancellationToken).ConfigureAwait(false) == body.Hash)
        {
            LogUnchanged(_logger, guild ?? "global");
            return;
        }

        var applicationId = await _applicationId.GetAsync(cancellationToken).ConfigureAwait(false);
        var commands = JsonNode.Parse(body.Json)!.AsArray();
        _ = guild is null
            ? await _rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken).ConfigureAwait(false)
            : await _rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(key, body.Hash, cancellationToken).ConfigureAwait(false);
        LogRegistered(_logger, commands.Count, guild ?? "global");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord commands unchanged in {Scope}; not registered again")]
    private static partial void LogUnchanged(ILogger logger, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord commands in {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering the Discord commands failed; the old ones stay until the next start: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
