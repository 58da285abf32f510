using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Answers an HTTP interaction in the body of Discord's request while that request still waits; once the endpoint
/// has answered 202 instead, the answer goes over the REST callback.
/// </summary>
internal sealed class InlineInteractionResponder : IInteractionResponder
{
    private readonly TaskCompletionSource<InteractionResponse> _inline = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IInteractionResponder _late;
    private readonly Lock _lock = new();
    private bool _closed;

    public InlineInteractionResponder(IInteractionResponder late)
    {
        _late = late;
    }

    /// <summary>Completes with the answer the handler gave while the request was open.</summary>
    public Task<InteractionResponse> Inline => _inline.Task;

    /// <summary>Stops inline answers: the endpoint answered 202. True when no inline answer was given before.</summary>
    public bool Close()
    {
        lock (_lock)
        {
            _closed = true;
            return !_inline.Task.IsCompleted;
        }
    }

    public Task RespondAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_closed && _inline.TrySetResult(response))
            {
                return Task.CompletedTask;
            }
        }

        return _late.RespondAsync(response, cancellationToken);
    }
}
