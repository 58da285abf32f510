using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Sends the first answer to an interaction: over REST for the gateway, or inline as the HTTP endpoint's response.
/// Later messages (edits, follow-ups) always go over REST with the interaction token.
/// </summary>
public interface IInteractionResponder
{
    Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken);
}
