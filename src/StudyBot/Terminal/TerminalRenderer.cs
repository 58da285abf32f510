using System.Text;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

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
        var language = reply.Language ?? Language.English;
        if (reply.Visibility == ReplyVisibility.Private)
        {
            text.AppendLine(ReplyLabels.OnlyYou.In(language));
        }

        switch (reply)
        {
            case MessageReply message:
                // Instants read in their schedule's zone (the runs' text); a reminder's role is named, as a terminal pings no one.
                var body = message.MentionRoleId is { } role
                    ? message.Text + " " + ReplyLabels.ForRole.Format(language, ReplyLabels.RoleName.Format(language, role))
                    : message.Text;
                text.AppendLine(message.Tone == ReplyTone.Error ? ReplyLabels.Error.Format(language, body) : body);
                break;
            case QuoteReply quote:
                AppendQuote(text, quote, language);
                break;
            case DocumentReply document:
                AppendDocument(text, document, language);
                break;
            case ListReply list:
                AppendHeading(text, list.PageCount > 1 ? $"{list.Title} ({PageOf(list.Page, list.PageCount, language)})" : list.Title);
                foreach (var item in list.Items)
                {
                    text.Append("- ").AppendLine(Render(item));
                }

                break;
            case PassageListReply passages:
                AppendHeading(text, passages.PageCount > 1 ? $"{passages.Title} ({PageOf(passages.Page, passages.PageCount, language)})" : passages.Title);
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
                    Append(text, part.Language is null ? part with { Language = reply.Language } : part);
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

    private static void AppendDocument(StringBuilder text, DocumentReply document, Language language)
    {
        AppendHeading(text, document.Title);
        text.AppendJoin(Environment.NewLine + Environment.NewLine, document.Paragraphs).AppendLine();
        var footer = new List<string>();
        if (document.Position is { } position)
        {
            footer.Add(PageOf(position.Page, position.PageCount, language));
        }

        if (document.Facts is { } facts)
        {
            if (facts.KeyTerms.Count > 0)
            {
                footer.Add($"{ReplyLabels.KeyTerms.In(language)}: {string.Join(", ", facts.KeyTerms)}");
            }

            footer.Add($"{ReplyLabels.FullText.In(language)}: {ReplyLabels.Size(facts, language)}");
        }

        footer.AddRange(document.Footer);
        if (document.Source is { } source)
        {
            footer.Add("— " + source);
        }

        if (footer.Count > 0)
        {
            text.AppendLine().AppendJoin(Environment.NewLine, footer).AppendLine();
        }
    }

    private static string PageOf(int page, int count, Language language) => ReplyLabels.PageOf.Format(language, page, count);

    private static void AppendQuote(StringBuilder text, QuoteReply quote, Language language)
    {
        if (quote.Heading is not null)
        {
            AppendHeading(text, quote.Late ? ReplyLabels.PostedLate.Format(language, quote.Heading) : quote.Heading);
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
