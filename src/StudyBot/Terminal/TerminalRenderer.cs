using System.Text;
using StudyBot.Core.Commands;

namespace StudyBot.Terminal;

/// <summary>Renders platform-neutral replies as plain text for the terminal.</summary>
internal static class TerminalRenderer
{
    public static string Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        Append(text, reply);
        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private static void Append(StringBuilder text, Reply reply)
    {
        if (reply.Visibility == ReplyVisibility.Private)
        {
            text.AppendLine("(only you can see this)");
        }

        switch (reply)
        {
            case MessageReply message:
                text.AppendLine(message.Tone == ReplyTone.Error ? "Error: " + message.Text : message.Text);
                break;
            case QuoteReply quote:
                AppendQuote(text, quote);
                break;
            case DocumentReply document:
                AppendHeading(text, document.Title);
                text.AppendJoin(Environment.NewLine + Environment.NewLine, document.Paragraphs).AppendLine();
                if (document.Footer.Count > 0)
                {
                    text.AppendLine().AppendJoin(Environment.NewLine, document.Footer).AppendLine();
                }

                break;
            case ListReply list:
                AppendHeading(text, list.PageCount > 1 ? $"{list.Title} (page {list.Page} of {list.PageCount})" : list.Title);
                foreach (var item in list.Items)
                {
                    text.Append("- ").AppendLine(Render(item));
                }

                break;
            case PassageListReply passages:
                AppendHeading(text, passages.PageCount > 1 ? $"{passages.Title} (page {passages.Page} of {passages.PageCount})" : passages.Title);
                foreach (var passage in passages.Passages)
                {
                    text.AppendLine(Render(passage.Text));
                    text.Append("  — ").AppendLine(passage.Source.ToString()).AppendLine();
                }

                break;
            case QuestionReply question:
                AppendHeading(text, question.Heading);
                text.AppendLine(question.Prompt);
                for (var i = 0; i < question.Choices.Count; i++)
                {
                    text.Append("  ").Append((char)('A' + i)).Append(") ").AppendLine(question.Choices[i]);
                }

                break;
            case CompositeReply composite:
                foreach (var part in composite.Parts)
                {
                    Append(text, part);
                    text.AppendLine();
                }

                break;
            default:
                text.AppendLine(reply.ToString());
                break;
        }

        foreach (var action in reply.Actions)
        {
            text.Append("  [").Append(action.Label).Append("] ").AppendLine(action.CommandLine);
        }
    }

    private static void AppendQuote(StringBuilder text, QuoteReply quote)
    {
        if (quote.Heading is not null)
        {
            AppendHeading(text, quote.Late ? quote.Heading + " (posted late)" : quote.Heading);
        }

        text.Append('“').Append(quote.Text).AppendLine("”");
        text.Append("  — ").AppendLine(quote.Source.ToString());
    }

    private static void AppendHeading(StringBuilder text, string heading) =>
        text.AppendLine(heading).AppendLine(new string('=', Math.Min(heading.Length, 72)));

    // Terminals have no bold; asterisks are the plain-text convention readers know from mail and chat.
    private static string Render(RichText rich) =>
        string.Concat(rich.Runs.Select(r => r.Highlighted ? "*" + r.Text + "*" : r.Text));
}
