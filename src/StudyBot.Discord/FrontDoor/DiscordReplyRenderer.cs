using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Turns a core reply into Discord messages within every limit: short messages as content, quotes, passages and
/// documents as embeds with the attribution as footer, buttons from the reply's actions. Long text is split over
/// several embeds or messages, never cut. Every message suppresses mentions, and corpus text is shown literally;
/// the one ping is a circle reminder's role, from <see cref="MessageReply.MentionRoleId"/> only. Instants become
/// <c>&lt;t:unix:F&gt;</c> (or <c>:R</c>), which Discord shows in each reader's own zone.
/// </summary>
internal sealed class DiscordReplyRenderer
{
    private const int Blurple = 0x5865F2;

    private readonly ActionIds _actionIds;

    public DiscordReplyRenderer(ActionIds actionIds)
    {
        _actionIds = actionIds;
    }

    public async Task<IReadOnlyList<MessageBody>> RenderAsync(Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply is CompositeReply composite)
        {
            var all = new List<MessageBody>();
            foreach (var part in composite.Parts)
            {
                all.AddRange(await RenderAsync(part, cancellationToken).ConfigureAwait(false));
            }

            return all;
        }

        var messages = reply switch
        {
            MessageReply message => TextTone(message),
            QuoteReply quote => Embeds(Titled(quote), Escape(quote.Text), quote.Source.ToString(), Blurple),
            DocumentReply document => Document(document, LanguageOf(reply)),
            ListReply list => Embeds(Paged(list.Title, list.Page, list.PageCount), string.Join('\n', list.Items.Select(i => "• " + Rich(i))), null, Blurple),
            PassageListReply passages => Embeds(
                Paged(passages.Title, passages.Page, passages.PageCount),
                string.Join("\n\n", passages.Passages.Select(p => Rich(p.Text) + "\n— *" + Escape(p.Source.ToString()) + "*")),
                null,
                Blurple),
            QuestionReply question => Embeds(
                question.Heading,
                Escape(question.Prompt) + "\n\n" + string.Join('\n', question.Choices.Select((c, i) => $"**{(char)('A' + i)}.** {Escape(c)}")),
                null,
                Blurple),
            _ => [new MessageBody { Content = Escape(reply.ToString() ?? string.Empty) }],
        };

        var flags = reply.Visibility == ReplyVisibility.Private || reply is MessageReply { Tone: ReplyTone.Error }
            ? InteractionCallbackData.EphemeralFlag
            : (int?)null;
        var rows = await ButtonsAsync(reply.Actions, cancellationToken).ConfigureAwait(false);
        // Buttons go under the last message, after the whole text; more than a message holds follow in messages of their own.
        var panels = rows.Chunk(DiscordLimits.Rows).ToList();
        var rendered = messages.Select((m, i) => m with { Flags = flags, Components = i == messages.Count - 1 && panels.Count > 0 ? panels[0] : null }).ToList();
        rendered.AddRange(panels.Skip(1).Select(panel => new MessageBody { Flags = flags, Components = panel }));
        return rendered;
    }

    /// <summary>The text as embeds; page, the document's own footer lines and the source as footer; key terms and size as fields.</summary>
    private static List<MessageBody> Document(DocumentReply document, Language language)
    {
        var footer = new List<string>();
        if (document.Position is { } position)
        {
            footer.Add(ReplyLabels.PageOf.Format(language, position.Page, position.PageCount));
        }

        footer.AddRange(document.Footer);
        if (document.Source is { } source)
        {
            footer.Add("— " + source);
        }

        var fields = new List<EmbedField>();
        if (document.Facts is { } facts)
        {
            if (facts.KeyTerms.Count > 0)
            {
                fields.Add(Field(ReplyLabels.KeyTerms.In(language), string.Join(", ", facts.KeyTerms.Select(Escape))));
            }

            fields.Add(Field(ReplyLabels.FullText.In(language), ReplyLabels.Size(facts, language)));
        }

        return Embeds(document.Title, string.Join("\n\n", document.Body.Select(Rich)), string.Join(" · ", footer), Blurple, fields);
    }

    private static EmbedField Field(string name, string value) => new(Fit(name, DiscordLimits.FieldName), Fit(value, DiscordLimits.FieldValue), Inline: true);

    private static Language LanguageOf(Reply reply) => reply.Language ?? Language.English;

    private static List<MessageBody> TextTone(MessageReply message)
    {
        var text = Rich(message.Body);
        var chunks = TextChunks.Split(text, DiscordLimits.Content).Select(c => new MessageBody { Content = c }).ToList();
        if (message.MentionRoleId is not { } role || role.Length is 0 or > 20 || !role.All(char.IsAsciiDigit))
        {
            return chunks;
        }

        // The role goes in a message of its own only when the text fills the first one; it pings from this field alone.
        var mention = $"<@&{role}>";
        var roleOnly = new AllowedMentions([], [role]);
        return chunks[0].Content!.Length + mention.Length + 1 <= DiscordLimits.Content
            ? [chunks[0] with { Content = mention + " " + chunks[0].Content, AllowedMentions = roleOnly }, .. chunks.Skip(1)]
            : [new MessageBody { Content = mention, AllowedMentions = roleOnly }, .. chunks];
    }

    /// <summary>
    /// One embed per piece of the text; as many embeds in a message as its 6,000 characters allow. The footer and the
    /// fields (at most 25) go on the last embed, under the whole text.
    /// </summary>
    private static List<MessageBody> Embeds(string? title, string text, string? footer, int color, IReadOnlyList<EmbedField>? fields = null)
    {
        var fittedTitle = title is null ? null : Fit(Escape(title), DiscordLimits.EmbedTitle);
        var fittedFooter = string.IsNullOrWhiteSpace(footer) ? null : new EmbedFooter(Fit(footer, DiscordLimits.EmbedFooter));
        var pieces = TextChunks.Split(text, DiscordLimits.EmbedDescription);
        var messages = new List<MessageBody>();
        var current = new List<Embed>();
        var size = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var embed = new Embed
            {
                Title = i == 0 ? fittedTitle : null,
                Description = pieces[i],
                Color = color,
                Footer = i == pieces.Count - 1 ? fittedFooter : null,
                Fields = i == pieces.Count - 1 && fields is { Count: > 0 } ? fields.Take(DiscordLimits.Fields).ToArray() : null,
            };
            var length = (embed.Title?.Length ?? 0) + embed.Description.Length + (embed.Footer?.Text.Length ?? 0) + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
            if (current.Count > 0 && (size + length > DiscordLimits.EmbedTotal || current.Count == DiscordLimits.EmbedsPerMessage))
            {
                messages.Add(new MessageBody { Embeds = current });
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += length;
        }

        messages.Add(new MessageBody { Embeds = current });
        return messages;
    }

    private async Task<IReadOnlyList<MessageComponent>> ButtonsAsync(IReadOnlyList<ReplyAction> actions, CancellationToken cancellationToken)
    {
        var buttons = new List<MessageComponent>();
        foreach (var action in actions)
        {
            var id = await _actionIds.IdOfAsync(action, cancellationToken).ConfigureAwait(false);
            buttons.Add(MessageComponent.Button(Fit(action.Label, DiscordLimits.ButtonLabel), id, action.Intent == ActionIntent.ReplaceMessage ? 2 : 1));
        }

        return buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(MessageComponent.Row).ToArray();
    }

    private static string Rich(RichText text) => string.Concat(text.Runs.Select(r => r switch
    {
        { Instant: { } instant } => $"<t:{instant.UnixSeconds.ToString(CultureInfo.InvariantCulture)}:{(instant.Style == InstantStyle.Relative ? 'R' : 'F')}>",
        { Highlighted: true } when r.Text.Trim().Length > 0 => "**" + Escape(r.Text) + "**",
        _ => Escape(r.Text),
    }));

    // A scheduled quote that left after its time says so in its heading, in the post's language.
    private static string? Titled(QuoteReply quote) =>
        string.IsNullOrWhiteSpace(quote.Heading) ? null
        : quote.Late ? ReplyLabels.PostedLate.Format(LanguageOf(quote), quote.Heading)
        : quote.Heading;

    private static string Paged(string title, int page, int count) => count > 1 ? $"{title} ({page}/{count})" : title;

    private static string Escape(string text) => DiscordMarkdown.Escape(text);

    /// <summary>Titles, footers and labels have hard limits and are short by nature; only these are shortened, with an ellipsis.</summary>
    private static string Fit(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
