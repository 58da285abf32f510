using System.Text.Json;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// A scheduled post as stored in the outbox: fixed when the occurrence is enqueued (so a retry sends the
/// same excerpt), turned into a <see cref="Reply"/> when it leaves, marked late if it leaves late.
/// </summary>
public sealed record OutboxContent(string Text, Attribution? Source = null, string? Heading = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxContent Message(string text) => new(text);

    public static OutboxContent Quote(string text, Attribution source, string heading) => new(text, source, heading);

    public static OutboxContent FromJson(string json) =>
        JsonSerializer.Deserialize<OutboxContent>(json, Json) ?? throw new InvalidOperationException("An outbox row holds no content.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Reply ToReply(bool late) => Source is { } source
        ? new QuoteReply(Text, source, Heading, late)
        : new MessageReply(late ? "(late) " + Text : Text);
}
