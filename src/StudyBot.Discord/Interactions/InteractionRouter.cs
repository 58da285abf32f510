using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Platforms;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// The one way in for interactions from both delivery modes: reads the payload, drops repeats of an interaction id
/// (also those another instance handled), and runs the handler in its own DI scope. Whatever goes wrong is logged;
/// a user who is waiting gets a short private error.
/// </summary>
internal sealed partial class InteractionRouter
{
    public const string Platform = "discord";

    /// <summary>An interaction token lives 15 minutes; a redelivery after that cannot be answered anyway.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(20);

    public const string FailureText = "Sorry, that did not work. Please try again in a moment.";

    private readonly IServiceScopeFactory _scopes;
    private readonly IEventClaims _claims;
    private readonly ILogger<InteractionRouter> _logger;

    public InteractionRouter(IServiceScopeFactory scopes, IEventClaims claims, ILogger<InteractionRouter> logger)
    {
        _scopes = scopes;
        _claims = claims;
        _logger = logger;
    }

    /// <summary>Reads an interaction payload; null (and a log line) when it is not one.</summary>
    public Interaction? Read(JsonElement payload)
    {
        try
        {
            var interaction = payload.Deserialize<Interaction>(DiscordJson.Options);
            if (interaction is null || string.IsNullOrEmpty(interaction.Id) || string.IsNullOrEmpty(interaction.Token))
            {
                LogUnreadable(_logger, "no id or token");
                return null;
            }

            return interaction;
        }
        catch (JsonException exception)
        {
            LogUnreadable(_logger, exception.Message);
            return null;
        }
    }

    /// <summary>Handles <paramref name="interaction"/> once; returns false when it was a repeat or of a type the bot does not know.</summary>
    public async Task<bool> RouteAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(interaction.Type) || interaction.Type == InteractionType.Ping)
        {
            LogUnknownType(_logger, interaction.Id, (int)interaction.Type);
            return false;
        }

        if (!await _claims.TryClaimAsync(Platform, interaction.Id, ClaimLifetime, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(_logger, interaction.Id);
            return false;
        }

        var tracking = new TrackingResponder(responder);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<IInteractionHandler>();
            await handler.HandleAsync(interaction, tracking, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(_logger, exception, interaction.Id, (int)interaction.Type);
            if (!tracking.Responded && interaction.Type != InteractionType.ApplicationCommandAutocomplete)
            {
                await TryRespondWithFailureAsync(interaction, tracking, cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    private async Task TryRespondWithFailureAsync(Interaction interaction, TrackingResponder responder, CancellationToken cancellationToken)
    {
        var failure = new InteractionResponse(
            InteractionCallbackType.ChannelMessageWithSource,
            new InteractionCallbackData { Content = FailureText, Flags = InteractionCallbackData.EphemeralFlag, AllowedMentions = AllowedMentions.None });
        try
        {
            await responder.RespondAsync(failure, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnavailableException or HttpRequestException)
        {
            LogFailureNotSent(_logger, interaction.Id, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped an unreadable Discord interaction: {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped Discord interaction {InteractionId} of unknown type {Type}")]
    private static partial void LogUnknownType(ILogger logger, string interactionId, int type);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord interaction {InteractionId} was delivered again; handled once already")]
    private static partial void LogDuplicate(ILogger logger, string interactionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Discord interaction {InteractionId} (type {Type}) failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string interactionId, int type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the user that interaction {InteractionId} failed: {Error}")]
    private static partial void LogFailureNotSent(ILogger logger, string interactionId, string error);
}
