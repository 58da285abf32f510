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
        CommandOption.Of(OptionKind.Document, "document", "The document to summarise", required: true) with { DutchDescription = "Het document om samen te vatten" },
        CommandOption.Text("section", "Section number or title; without it, the whole document") with
        {
            Autocomplete = AutocompleteSource.Sections,
            DutchDescription = "Nummer of titel van een deel; zonder: het hele document",
        },
        CommandOption.Choice("length", "How long the summary is", SummaryLengths.Choices) with { DutchDescription = "Hoe lang de samenvatting is" })
    {
        DutchDescription = "Vat een document of een deel ervan samen",
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var document = library.Require(arguments.RequireText("document"));
        var section = arguments.GetText("section") is { } reference ? SectionLookup.Require(document, reference) : null;
        var summary = summarizer.Summarize(document, section, SummaryLengths.Parse(arguments.GetText("length")));
        if (summary.Sentences.Count == 0)
        {
            throw new CommandException(SummaryTexts.NoProse, Name(summary));
        }

        // Consecutive chosen sentences of one paragraph stay together, as the author wrote them.
        var paragraphs = summary.Sentences
            .GroupBy(s => s.BlockIndex)
            .Select(g => string.Join(' ', g.Select(s => FootnoteMarkers.Remove(s.Text))))
            .ToArray();
        var reply = new DocumentReply(SummaryTexts.Heading.Format(context.ReplyLanguage, Name(summary)), paragraphs, [])
        {
            Source = DocumentAttribution.OfSections(document, summary.Sentences.Select(s => s.SectionIndex)),
            Facts = new TextFacts(summary.KeyTerms, summary.WordCount, summary.ReadingTime),
        };
        return Task.FromResult<Reply>(reply);
    }

    private static string Name(Summary summary) =>
        summary.Section is { } section ? $"{summary.Document.Title}, {section.Index + 1}. {section.Title}" : summary.Document.Title;
}
