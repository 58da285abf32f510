using System.Text.Json;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// A scheduled post as stored in the outbox: fixed when the occurrence is enqueued (so a retry sends the
/// same excerpt, in the language the community had then), turned into a <see cref="Reply"/> when it leaves,
/// marked late if it leaves late.
/// </summary>
/// <param name="Text">The message or quote as plain text; rows written before the values below existed hold only this.</param>
/// <param name="Source">A quote's attribution; a quote when set, a message otherwise.</param>
/// <param name="Heading">A quote's heading ("Excerpt of the day").</param>
public sealed record OutboxContent(string Text, Attribution? Source = null, string? Heading = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The message with its instants as values. <see cref="Text"/> keeps its plain form too, so an instance still on
    /// the previous version (a rolling upgrade) can send the row.
    /// </summary>
    public IReadOnlyList<TextRun>? Runs { get; init; }

    /// <summary>The role the post calls (a circle reminder's), carried to <see cref="MessageReply.MentionRoleId"/>.</summary>
    public string? MentionRoleId { get; init; }

    /// <summary>The community's language when the post was prepared; English for rows from before it was kept.</summary>
    public string? LanguageCode { get; init; }

    public static OutboxContent Message(RichText body, Language language, string? mentionRoleId = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(language);
        return new(body.PlainText) { Runs = body.Runs, MentionRoleId = mentionRoleId, LanguageCode = language.Code };
    }

    public static OutboxContent Message(LocalText text, Language language, params object?[] args) =>
        Message(RichText.Format(text, language, args), language);

    public static OutboxContent Quote(string text, Attribution source, string heading, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return new(text, source, heading) { LanguageCode = language.Code };
    }

    public static OutboxContent FromJson(string json) =>
        JsonSerializer.Deserialize<OutboxContent>(json, Json) ?? throw new InvalidOperationException("An outbox row holds no content.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public Reply ToReply(bool late)
    {
        var language = Language.FromCode(LanguageCode) ?? Language.English;
        if (Source is { } source)
        {
            return new QuoteReply(Text, source, Heading, late) { Language = language };
        }

        var runs = Runs ?? RichText.Plain(Text).Runs;
        var body = late ? new RichText([new TextRun(ReplyLabels.Late.In(language) + " ", false), .. runs]) : new RichText(runs);
        return new MessageReply(body) { MentionRoleId = MentionRoleId, Language = language };
    }
}
