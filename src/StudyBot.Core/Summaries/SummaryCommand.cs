using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Text;

namespace StudyBot.Core.Summaries;

/// <summary>/summary: an extractive summary of a document or section, with key terms and reading time.</summary>
public sealed class SummaryCommand : ICommand
{
    private readonly CorpusLibrary library;
    private readonly Summarizer summarizer;

    public SummaryCommand(CorpusLibrary library, Summarizer summarizer)
    {
        this.library = library;
        this.summarizer = summarizer;
    }

    public CommandDeclaration Declaration { get; } = new(
        "summary",
        "Summarises a document or one of its sections",
        CommandOption.Of(OptionKind.Document, "document", "The document to summarise", required: true),
        CommandOption.Text("section", "Section number or title; without it, the whole document") with { Autocomplete = AutocompleteSource.Sections },
        CommandOption.Choice("length", "How long the summary is", SummaryLengths.Names));

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var document = library.Require(arguments.RequireText("document"));
        var section = arguments.GetText("section") is { } reference ? SectionLookup.Require(document, reference) : null;
        var summary = summarizer.Summarize(document, section, SummaryLengths.Parse(arguments.GetText("length")));
        if (summary.Sentences.Count == 0)
        {
            throw new CommandException($"{Name(summary)} has no prose to summarise.");
        }

        // Consecutive chosen sentences of one paragraph stay together, as the author wrote them.
        var paragraphs = summary.Sentences
            .GroupBy(s => s.BlockIndex)
            .Select(g => string.Join(' ', g.Select(s => FootnoteMarkers.Remove(s.Text))))
            .ToArray();
        var footer = new List<string>();
        if (summary.KeyTerms.Count > 0)
        {
            footer.Add("Key terms: " + string.Join(", ", summary.KeyTerms));
        }

        footer.Add($"Full text: {summary.WordCount.ToString("N0", CultureInfo.InvariantCulture)} words, {ReadingTime.Describe(summary.ReadingTime)}");
        footer.Add(DocumentAttribution.Of(document, section?.Index ?? -1).ToString());
        return Task.FromResult<Reply>(new DocumentReply("Summary: " + Name(summary), paragraphs, footer));
    }

    private static string Name(Summary summary) =>
        summary.Section is { } section ? $"{summary.Document.Title}, {section.Index + 1}. {section.Title}" : summary.Document.Title;
}
