using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Commands;

/// <summary>The biggest replies of the study commands on the bundled corpus stay within Discord's message limits, in both languages.</summary>
public sealed class ReplySizeTests : IDisposable
{
    /// <summary>Discord: 4,096 characters of embed description, 6,000 characters in a whole message's embeds.</summary>
    private const int MaxBody = 4096;
    private const int MaxMessage = 6000;

    private static readonly Lazy<CorpusLibrary> Seeds = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library);

    private readonly StudyFeatures features = new(library: Seeds.Value);

    public static TheoryData<string, string> BiggestReplies()
    {
        var data = new TheoryData<string, string>();
        var longest = Seeds.Value.Documents
            .SelectMany(d => d.Sections.Select(s => (Document: d, Section: s)))
            .MaxBy(p => SectionPages.Split(p.Section).Max(page => page.Sum(paragraph => paragraph.Length)));
        foreach (var language in new[] { "en", "nl" })
        {
            data.Add(language, "/help");
            data.Add(language, "/help page:2");
            data.Add(language, "/help quiz");
            data.Add(language, "/documents");
            data.Add(language, "/search workers");
            data.Add(language, $"/read {longest.Document.Slug} {longest.Section.Index + 1}");
            data.Add(language, "/read workers-opposition");
            foreach (var document in Seeds.Value.Documents)
            {
                data.Add(language, $"/summary {document.Slug} length:long");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BiggestReplies))]
    public async Task Reply_BiggestOfItsCommand_FitsOneDiscordMessage(string language, string line)
    {
        var context = TestContexts.Member("ann") with { ReplyLanguage = Language.FromCode(language)! };

        var reply = await features.Run(context, line);

        Assert.False(reply is MessageReply { Tone: ReplyTone.Error }, $"{line} was refused: {(reply as MessageReply)?.Text}");
        var (body, total) = Size(reply, context.ReplyLanguage);
        Assert.InRange(body, 1, MaxBody);
        Assert.InRange(total, body, MaxMessage);
    }

    public void Dispose() => features.Dispose();

    /// <summary>The characters of the main text, and of everything shown (headings, sources, labelled values, buttons).</summary>
    private static (int Body, int Total) Size(Reply reply, Language language)
    {
        var actions = reply.Actions.Sum(a => a.Label.Length);
        switch (reply)
        {
            case ListReply list:
                var items = list.Items.Sum(i => i.PlainText.Length + 1);
                return (items, items + list.Title.Length + actions);
            case PassageListReply passages:
                var passageText = passages.Passages.Sum(p => p.Text.PlainText.Length + 1);
                return (passageText, passageText + passages.Title.Length + passages.Passages.Sum(p => p.Source.ToString().Length) + actions);
            case DocumentReply document:
                var text = document.Paragraphs.Sum(p => p.Length + 2);
                var facts = document.Facts is { } f
                    ? ReplyLabels.KeyTerms.In(language).Length + f.KeyTerms.Sum(t => t.Length + 2) + ReplyLabels.Size(f, language).Length
                    : 0;
                var extra = document.Title.Length + document.Footer.Sum(l => l.Length) + (document.Source?.ToString().Length ?? 0) + facts + 40;
                return (text, text + extra + actions);
            default:
                throw new InvalidOperationException($"No size rule for {reply.GetType().Name}");
        }
    }
}
