using System.Collections.Concurrent;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>
/// A channel that keeps what was posted and, like Discord's nonce and Matrix's transaction id, shows a post
/// whose idempotency key it has already seen only once.
/// </summary>
public sealed class RecordingPoster : IChannelPoster
{
    private readonly ConcurrentDictionary<string, byte> seenKeys = new();

    public RecordingPoster(string platform = "terminal")
    {
        Platform = platform;
    }

    public string Platform { get; }

    public ConcurrentQueue<(string ChannelId, Reply Reply, string Key)> Posts { get; } = new();

    public int Attempts => attempts;

    /// <summary>Runs before a post is recorded; throw from it to simulate a platform failure.</summary>
    public Func<string, CancellationToken, Task>? BeforePost { get; set; }

    /// <summary>Runs after a post is recorded; block or throw from it to simulate a crash before the bot records the send.</summary>
    public Func<string, CancellationToken, Task>? AfterPost { get; set; }

    private int attempts;

    public async Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        if (BeforePost is { } before)
        {
            await before(idempotencyKey, cancellationToken);
        }

        if (seenKeys.TryAdd(idempotencyKey, 0))
        {
            Posts.Enqueue((channelId, reply, idempotencyKey));
        }

        if (AfterPost is { } after)
        {
            await after(idempotencyKey, cancellationToken);
        }

        return "m-" + idempotencyKey;
    }

    public IReadOnlyList<string> Texts => Posts.Select(p => p.Reply switch
    {
        MessageReply m => m.Text,
        QuoteReply q => q.Text,
        _ => p.Reply.ToString(),
    }).ToArray();
}
