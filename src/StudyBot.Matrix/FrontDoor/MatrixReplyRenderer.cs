using System.Globalization;
using System.Net;
using System.Text;
using StudyBot.Core.Commands;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Turns the core's platform-neutral replies into notice paragraphs: plain text and the spec's suggested HTML tags
/// (p, strong, em, blockquote, ol, li, mark-free highlighting with strong). All reply text is escaped; nothing in it can
/// become markup or a mention.
/// </summary>
internal static class MatrixReplyRenderer
{
    private static readonly string[] Letters = ["A", "B", "C", "D", "E", "F"];

    public static IReadOnlyList<NoticeBlock> Render(Reply reply) => reply switch
    {
        CompositeReply composite => composite.Parts.SelectMany(Render).ToList(),
        MessageReply message => [NoticeBlock.FromPlain(WithRole(message))],
        QuoteReply quote => Quote(quote),
        DocumentReply document => Document(document),
        ListReply list => List(list.Title, list.Items.Select(Rich).ToList(), list.Page, list.PageCount),
        PassageListReply passages => List(
            passages.Title,
            passages.Passages.Select(p => (Rich(p.Text).Plain + " (" + p.Source + ")", Rich(p.Text).Html + " <em>(" + Escape(p.Source.ToString()) + ")</em>")).ToList(),
            passages.Page,
            passages.PageCount),
        QuestionReply question => Question(question),
        _ => [NoticeBlock.FromPlain(reply.ToString() ?? "")],
    };

    // Matrix has no role pings and the bot never pings: the reminder names the power level it is for. Instants read in
    // their schedule's zone (the runs' text), as Matrix clients have no markup that shows a time in the reader's zone.
    private static string WithRole(MessageReply message)
    {
        if (message.MentionRoleId is not { } role)
        {
            return message.Text;
        }

        var language = message.Language ?? Core.Corpus.Language.English;
        var named = MatrixPlatformValues.PowerLevel(role) is { } level ? MatrixTexts.PowerLevel.Format(language, level) : ReplyLabels.RoleName.Format(language, role);
        return message.Text + " " + ReplyLabels.ForRole.Format(language, named);
    }

    private static List<NoticeBlock> Quote(QuoteReply quote)
    {
        var heading = quote.Heading is null ? "" : quote.Heading + "\n";
        var late = quote.Late ? " " + ReplyLabels.Late.In(quote.Language ?? Core.Corpus.Language.English) : "";
        return
        [
            new NoticeBlock(
                $"{heading}> {quote.Text}\n— {quote.Source}{late}",
                (quote.Heading is null ? "" : $"<p><strong>{Escape(quote.Heading)}</strong></p>")
                + $"<blockquote>{Escape(quote.Text)}</blockquote><p>— <em>{Escape(quote.Source.ToString())}</em>{Escape(late)}</p>"),
        ];
    }

    private static List<NoticeBlock> Document(DocumentReply document)
    {
        var blocks = new List<NoticeBlock> { Title(document.Title) };
        blocks.AddRange(document.Paragraphs.Select(NoticeBlock.FromPlain));
        blocks.AddRange(document.Footer.Select(f => new NoticeBlock(f, "<p><em>" + NoticeBlock.InlineHtml(f) + "</em></p>")));
        return blocks;
    }

    private static List<NoticeBlock> List(string title, IReadOnlyList<(string Plain, string Html)> items, int page, int pageCount)
    {
        var plain = new StringBuilder();
        var html = new StringBuilder("<ol>");
        for (var i = 0; i < items.Count; i++)
        {
            plain.Append(CultureInfo.InvariantCulture, $"{i + 1}. {items[i].Plain}\n");
            html.Append("<li>").Append(items[i].Html).Append("</li>");
        }

        html.Append("</ol>");
        var blocks = new List<NoticeBlock> { Title(title), new(plain.ToString().TrimEnd(), html.ToString()) };
        if (pageCount > 1)
        {
            blocks.Add(NoticeBlock.FromPlain(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pageCount}; !more for the next.")));
        }

        return blocks;
    }

    private static List<NoticeBlock> Question(QuestionReply question)
    {
        var blocks = new List<NoticeBlock> { Title(question.Heading), NoticeBlock.FromPlain(question.Prompt) };
        var choices = question.Choices.Select((choice, i) => (Plain: $"{Letters[Math.Min(i, Letters.Length - 1)]}. {choice}", Index: i)).ToList();
        blocks.Add(new NoticeBlock(
            string.Join("\n", choices.Select(c => c.Plain)),
            "<p>" + string.Join("<br>", choices.Select(c => Escape(c.Plain))) + "</p>"));
        blocks.Add(NoticeBlock.FromPlain("Answer with !answer and a letter, e.g. !answer B."));
        return blocks;
    }

    private static NoticeBlock Title(string title) => new(title, "<p><strong>" + Escape(title) + "</strong></p>");

    private static (string Plain, string Html) Rich(RichText text) =>
        (text.PlainText, string.Concat(text.Runs.Select(r => r.Highlighted ? "<strong>" + Escape(r.Text) + "</strong>" : Escape(r.Text))));

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
