using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>Answers over <c>POST /interactions/{id}/{token}/callback</c>: how a gateway bot must answer.</summary>
internal sealed class RestInteractionResponder : IInteractionResponder
{
    private readonly DiscordRestClient _rest;
    private readonly Interaction _interaction;

    public RestInteractionResponder(DiscordRestClient rest, Interaction interaction)
    {
        _rest = rest;
        _interaction = interaction;
    }

    public Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken) =>
        _rest.CreateInteractionResponseAsync(_interaction.Id, _interaction.Token, response, cancellationToken);
}
