using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Serves slash commands, autocomplete and buttons through the core's dispatcher. A command that answers within
/// <see cref="InlineBudget"/> answers at once; a slower one is deferred (private when its declaration says so) and
/// its original response edited. A button's id names the command line it runs; a paging button replaces its message.
/// </summary>
internal sealed partial class DiscordInteractionHandler : IInteractionHandler
{
    /// <summary>Discord waits 3 s for the first answer; the rest of that is for the callback's own trip.</summary>
    public static readonly TimeSpan InlineBudget = TimeSpan.FromSeconds(2);

    public const string StaleButtonText = "This button is from an older message and no longer works. Run the command again.";

    public const string UnknownInteractionText = "The bot cannot handle that here.";

    private readonly CommandDispatcher _dispatcher;
    private readonly CommandContextBuilder _contexts;
    private readonly CommandAutocomplete _autocomplete;
    private readonly ActionIds _actionIds;
    private readonly DiscordReplyRenderer _renderer;
    private readonly DiscordRestClient _rest;
    private readonly DiscordApplicationId _applicationId;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordInteractionHandler> _logger;

    public DiscordInteractionHandler(
        CommandDispatcher dispatcher,
        CommandContextBuilder contexts,
        CommandAutocomplete autocomplete,
        ActionIds actionIds,
        DiscordReplyRenderer renderer,
        DiscordRestClient rest,
        DiscordApplicationId applicationId,
        TimeProvider time,
        ILogger<DiscordInteractionHandler> logger)
    {
        _dispatcher = dispatcher;
        _contexts = contexts;
        _autocomplete = autocomplete;
        _actionIds = actionIds;
        _renderer = renderer;
        _rest = rest;
        _applicationId = applicationId;
        _time = time;
        _logger = logger;
    }

    public async Task HandleAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(responder);
        var context = await _contexts.BuildAsync(DiscordActor.Of(interaction), cancellationToken).ConfigureAwait(false);
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when interaction.Data is { } data:
                var command = InteractionCommand.Read(data);
                var visibility = _dispatcher.Catalog.Find(command.Name)?.Declaration.Visibility ?? ReplyVisibility.Public;
                await AnswerAsync(interaction, responder, visibility, false, _dispatcher.ExecuteAsync(context, command.Name, command.Values, cancellationToken), cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.ApplicationCommandAutocomplete when interaction.Data is { } data:
                await SuggestAsync(context, InteractionCommand.Read(data), responder, cancellationToken).ConfigureAwait(false);
                break;
            case InteractionType.MessageComponent when CustomId(interaction.Data) is { } customId:
                await PressAsync(interaction, context, customId, responder, cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogUnhandled(_logger, interaction.Id, (int)interaction.Type);
                await responder.RespondAsync(Private(UnknownInteractionText), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task PressAsync(Interaction interaction, CommandContext context, string customId, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        if (await _actionIds.ReadAsync(customId, cancellationToken).ConfigureAwait(false) is not { } action)
        {
            LogStaleButton(_logger, interaction.Id);
            await responder.RespondAsync(Private(StaleButtonText), cancellationToken).ConfigureAwait(false);
            return;
        }

        var replace = action.Intent == ActionIntent.ReplaceMessage;
        await AnswerAsync(interaction, responder, VisibilityOf(action.CommandLine), replace, _dispatcher.ExecuteLineAsync(context, action.CommandLine, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>How the command a button runs is declared, so a slow quiz answer is deferred privately too.</summary>
    private ReplyVisibility VisibilityOf(string line)
    {
        try
        {
            return CommandLineParser.Parse(line, _dispatcher.Catalog).Command.Declaration.Visibility;
        }
        catch (CommandException)
        {
            // The dispatcher answers the line with its own error; this only chose the deferral's flag.
            return ReplyVisibility.Public;
        }
    }

    private async Task AnswerAsync(
        Interaction interaction, IInteractionResponder responder, ReplyVisibility declared, bool replace, Task<Reply> running, CancellationToken cancellationToken)
    {
        if (await WithinBudgetAsync(running, cancellationToken).ConfigureAwait(false) is { } reply)
        {
            var messages = await _renderer.RenderAsync(reply, cancellationToken).ConfigureAwait(false);
            // An error answering a button is the presser's alone: it never replaces the shared message.
            var first = messages[0];
            var update = replace && first.Flags is null;
            await responder.RespondAsync(new InteractionResponse(update ? InteractionCallbackType.UpdateMessage : InteractionCallbackType.ChannelMessageWithSource, Data(first)), cancellationToken)
                .ConfigureAwait(false);
            await FollowUpAsync(interaction, messages.Skip(1), cancellationToken).ConfigureAwait(false);
            return;
        }

        var deferred = replace
            ? new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage)
            : new InteractionResponse(
                InteractionCallbackType.DeferredChannelMessageWithSource,
                new InteractionCallbackData { Flags = declared == ReplyVisibility.Private ? InteractionCallbackData.EphemeralFlag : null });
        await responder.RespondAsync(deferred, cancellationToken).ConfigureAwait(false);
        var rendered = await _renderer.RenderAsync(await running.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var applicationId = await _applicationId.GetAsync(cancellationToken).ConfigureAwait(false);
        // The deferred message's visibility is fixed; the edit carries the text, follow-ups their own flags.
        await _rest.EditOriginalResponseAsync(applicationId, interaction.Token, rendered[0] with { Flags = null }, cancellationToken).ConfigureAwait(false);
        await FollowUpAsync(interaction, rendered.Skip(1), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The reply when the command gives it within <see cref="InlineBudget"/>; null when it takes longer. The budget's
    /// timer goes with the reply: at a thousand interactions a second, timers left to run out fired a thousand times a second.
    /// </summary>
    private async Task<Reply?> WithinBudgetAsync(Task<Reply> running, CancellationToken cancellationToken)
    {
        try
        {
            return await running.WaitAsync(InlineBudget, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!running.IsCompleted)
        {
            return null;
        }
    }

    private async Task FollowUpAsync(Interaction interaction, IEnumerable<MessageBody> messages, CancellationToken cancellationToken)
    {
        var applicationId = (string?)null;
        foreach (var message in messages)
        {
            applicationId ??= await _applicationId.GetAsync(cancellationToken).ConfigureAwait(false);
            await _rest.CreateFollowupMessageAsync(applicationId, interaction.Token, message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SuggestAsync(CommandContext context, InteractionCommand command, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        var choices = command.Focused is { } option
            ? await _autocomplete.SuggestAsync(context, command.Name, option, command.Values.GetValueOrDefault(option) ?? string.Empty, command.Values, cancellationToken).ConfigureAwait(false)
            : [];
        var response = new InteractionResponse(
            InteractionCallbackType.ApplicationCommandAutocompleteResult,
            new InteractionCallbackData { Choices = choices.Select(c => new AutocompleteChoice(c.Name, c.Value)).ToArray() });
        await responder.RespondAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static InteractionCallbackData Data(MessageBody message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        Flags = message.Flags,
        AllowedMentions = message.AllowedMentions,
    };

    private static InteractionResponse Private(string text) => new(
        InteractionCallbackType.ChannelMessageWithSource,
        new InteractionCallbackData { Content = text, Flags = InteractionCallbackData.EphemeralFlag, AllowedMentions = AllowedMentions.None });

    private static string? CustomId(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("custom_id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord interaction {InteractionId} of type {Type} has nothing the bot can run")]
    private static partial void LogUnhandled(ILogger logger, string interactionId, int type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord interaction {InteractionId} pressed a button the bot no longer knows")]
    private static partial void LogStaleButton(ILogger logger, string interactionId);
}
