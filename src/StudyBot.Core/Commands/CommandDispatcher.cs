using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Commands;

/// <summary>
/// Runs commands for every front door: checks access, binds options, and turns every refusal or failure
/// into a short reply, never a stack trace.
/// </summary>
public sealed partial class CommandDispatcher
{
    private readonly CommandCatalog catalog;
    private readonly ILogger<CommandDispatcher> logger;

    public CommandDispatcher(CommandCatalog catalog, ILogger<CommandDispatcher> logger)
    {
        this.catalog = catalog;
        this.logger = logger;
    }

    public CommandCatalog Catalog => catalog;

    /// <summary>Runs a typed command line (terminal, Matrix).</summary>
    public async Task<Reply> ExecuteLineAsync(CommandContext context, string line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParsedCommand parsed;
        try
        {
            parsed = CommandLineParser.Parse(line, catalog, context.Prefix);
        }
        catch (CommandException refusal)
        {
            return Refusal(context, SafeText.Clean(refusal.MessageIn(context.ReplyLanguage)));
        }

        return await ExecuteAsync(context, parsed.Command, parsed.Values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command whose options the platform already split (Discord interactions).</summary>
    public Task<Reply> ExecuteAsync(CommandContext context, string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        return catalog.Find(name) is { } command
            ? ExecuteAsync(context, command, values, cancellationToken)
            : Task.FromResult<Reply>(Refusal(context, DispatcherTexts.UnknownCommand.Format(context.ReplyLanguage, context.Prefix, SafeText.Clean(name))));
    }

    private async Task<Reply> ExecuteAsync(CommandContext context, ICommand command, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var declaration = command.Declaration;
        if (declaration.Access == CommandAccess.Moderator && !context.IsModerator)
        {
            LogRefusedAccess(declaration.Name, context.UserId, context.CommunityId);
            return Refusal(context, DispatcherTexts.ModeratorsOnly.Format(context.ReplyLanguage, context.Prefix, declaration.Name));
        }

        try
        {
            var resolved = await ResolvePlatformValuesAsync(context, declaration, values, cancellationToken).ConfigureAwait(false);
            var arguments = ArgumentBinder.Bind(declaration, resolved, context.Prefix);
            LogRunning(declaration.Name, context.CommunityId, context.ChannelId);
            var reply = ReplyCleaner.Clean(await command.ExecuteAsync(context, arguments, cancellationToken).ConfigureAwait(false));
            return reply.Language is null ? reply with { Language = context.ReplyLanguage } : reply;
        }
        catch (CommandException refusal)
        {
            // Refusals echo what was typed.
            return Refusal(context, SafeText.Clean(refusal.MessageIn(context.ReplyLanguage)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception failure)
        {
            // A bug or an outage must not take the front door down; the user gets a short apology, the log the details.
            LogFailed(failure, declaration.Name, context.CommunityId);
            return Refusal(context, DispatcherTexts.Failed.Format(context.ReplyLanguage, context.Prefix, declaration.Name));
        }
    }

    /// <summary>Channel, user and role values become the platform's ids through the front door, before binding.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> ResolvePlatformValuesAsync(
        CommandContext context, CommandDeclaration declaration, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, typed) in values)
        {
            if (declaration.FindOption(name) is { Kind: OptionKind.Channel or OptionKind.User or OptionKind.Role } option && !string.IsNullOrWhiteSpace(typed))
            {
                resolved[name] = await context.Values.ResolveAsync(option, typed, context, cancellationToken).ConfigureAwait(false);
            }
        }

        return resolved;
    }

    /// <summary>A refusal, marked with the language it is in so a front door labels it alike.</summary>
    private static MessageReply Refusal(CommandContext context, string text) => MessageReply.Error(text) with { Language = context.ReplyLanguage };

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused /{Command} to non-moderator {UserId} in {CommunityId}")]
    private partial void LogRefusedAccess(string command, string userId, string communityId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Running /{Command} in {CommunityId} {ChannelId}")]
    private partial void LogRunning(string command, string communityId, string channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "/{Command} failed in {CommunityId}")]
    private partial void LogFailed(Exception exception, string command, string communityId);
}
