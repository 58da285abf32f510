using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>/read: a document's table of contents, or one section's text a page at a time.</summary>
public sealed class ReadCommand : ICommand
{
    private const int MaxPage = 999;

    private readonly CorpusLibrary library;

    public ReadCommand(CorpusLibrary library)
    {
        this.library = library;
    }

    public CommandDeclaration Declaration { get; } = new(
        "read",
        "Shows a document's contents, or a section's text page by page",
        CommandOption.Of(OptionKind.Document, "document", "The document to read", required: true) with { DutchDescription = "Het document om te lezen" },
        CommandOption.Text("section", "Section number or title; without it, the contents") with
        {
            Autocomplete = AutocompleteSource.Sections,
            DutchDescription = "Nummer of titel van een deel; zonder: de inhoud",
        },
        CommandOption.Integer("page", "Which page of the section", 1, MaxPage) with { DutchDescription = "Welke pagina van het deel" })
    {
        DutchDescription = "Toont de inhoud van een document, of de tekst van een deel per pagina",
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var document = library.Require(arguments.RequireText("document"));
        var page = (int)(arguments.GetInteger("page") ?? 1);
        if (arguments.GetText("section") is not { } reference)
        {
            return arguments.Has("page")
                ? throw new CommandException(DocumentTexts.PageNeedsSection, context.Prefix)
                : Task.FromResult<Reply>(Contents(document, context.ReplyLanguage));
        }

        return Task.FromResult<Reply>(Read(document, SectionLookup.Require(document, reference), page, context.ReplyLanguage));
    }

    private static ListReply Contents(Document document, Language language)
    {
        var items = document.Sections
            .Select(s => RichText.Plain(DocumentTexts.ContentsLine.Format(language, s.Index + 1, s.Title, s.WordCount)))
            .ToArray();
        return new ListReply(DocumentTexts.Contents.Format(language, document.Title), items)
        {
            Actions = [new ReplyAction(DocumentTexts.StartReading.In(language), CommandLineWriter.Write("read", ("document", document.Slug), ("section", "1")))],
        };
    }

    private static DocumentReply Read(Document document, Section section, int page, Language language)
    {
        var pages = SectionPages.Split(section);
        if (page > pages.Count)
        {
            throw new CommandException(pages.Count == 1 ? DocumentTexts.NoPageBeyondOne : DocumentTexts.NoSuchPage, page, section.Index + 1, document.Slug, pages.Count);
        }

        var number = (section.Index + 1).ToString(CultureInfo.InvariantCulture);
        var actions = new List<ReplyAction>();
        if (page < pages.Count)
        {
            actions.Add(new ReplyAction(PagingTexts.NextPage.In(language), CommandLineWriter.Write("read", ("document", document.Slug), ("section", number), ("page", page + 1))) { Continues = true });
        }
        else if (section.Index + 1 < document.Sections.Count)
        {
            var next = (section.Index + 2).ToString(CultureInfo.InvariantCulture);
            actions.Add(new ReplyAction(DocumentTexts.NextSection.In(language), CommandLineWriter.Write("read", ("document", document.Slug), ("section", next))) { Continues = true });
        }

        return new DocumentReply($"{document.Title}: {number}. {section.Title}", pages[page - 1], [])
        {
            Actions = actions,
            Source = DocumentAttribution.Of(document, section.Index),
            Position = new PagePosition(page, pages.Count),
        };
    }
}
