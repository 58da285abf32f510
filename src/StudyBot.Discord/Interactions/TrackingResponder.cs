using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>Remembers whether the first answer went out, so a failed handler can still tell the waiting user.</summary>
internal sealed class TrackingResponder : IInteractionResponder
{
    private readonly IInteractionResponder _inner;

    public TrackingResponder(IInteractionResponder inner)
    {
        _inner = inner;
    }

    public bool Responded { get; private set; }

    public async Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        Responded = true;
        await _inner.RespondAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
