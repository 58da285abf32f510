using StudyBot.Core.Commands;
using StudyBot.Core.Posting;

namespace StudyBot.Benchmarks.Scheduling;

/// <summary>A terminal channel that posts nothing and completes <see cref="AllPosted"/> after the expected number of posts.</summary>
internal sealed class CountingPoster(int expected) : IChannelPoster
{
    private readonly TaskCompletionSource allPosted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int posted;

    public string Platform => "terminal";

    public Task AllPosted => allPosted.Task;

    public Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref posted) == expected)
        {
            allPosted.TrySetResult();
        }

        return Task.FromResult<string?>(null);
    }
}
