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
        CommandOption.Of(OptionKind.Document, "document", "The document to read", required: true),
        CommandOption.Text("section", "Section number or title; without it, the contents") with { Autocomplete = AutocompleteSource.Sections },
        CommandOption.Integer("page", "Which page of the section", 1, MaxPage));

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var document = library.Require(arguments.RequireText("document"));
        var page = (int)(arguments.GetInteger("page") ?? 1);
        if (arguments.GetText("section") is not { } reference)
        {
            return arguments.Has("page")
                ? throw new CommandException("Option 'page' needs a section: /read document section page.")
                : Task.FromResult<Reply>(Contents(document));
        }

        return Task.FromResult<Reply>(Read(document, SectionLookup.Require(document, reference), page));
    }

    private static ListReply Contents(Document document)
    {
        var items = document.Sections
            .Select(s => RichText.Plain($"{s.Index + 1}. {s.Title} ({s.WordCount.ToString("N0", CultureInfo.InvariantCulture)} words)"))
            .ToArray();
        return new ListReply($"{document.Title}: contents", items)
        {
            Actions = [new ReplyAction("Start reading", CommandLineWriter.Write("read", ("document", document.Slug), ("section", "1")))],
        };
    }

    private static DocumentReply Read(Document document, Section section, int page)
    {
        var pages = SectionPages.Split(section);
        if (page > pages.Count)
        {
            throw new CommandException(
                $"Page {page} does not exist; section {section.Index + 1} of {document.Slug} has {(pages.Count == 1 ? "1 page" : $"{pages.Count} pages")}.");
        }

        var number = (section.Index + 1).ToString(CultureInfo.InvariantCulture);
        var actions = new List<ReplyAction>();
        if (page < pages.Count)
        {
            actions.Add(new ReplyAction("Next page", CommandLineWriter.Write("read", ("document", document.Slug), ("section", number), ("page", page + 1))));
        }
        else if (section.Index + 1 < document.Sections.Count)
        {
            var next = (section.Index + 2).ToString(CultureInfo.InvariantCulture);
            actions.Add(new ReplyAction("Next section", CommandLineWriter.Write("read", ("document", document.Slug), ("section", next))));
        }

        var footer = new[] { $"Page {page} of {pages.Count}", DocumentAttribution.Of(document, section.Index).ToString() };
        return new DocumentReply($"{document.Title}: {number}. {section.Title}", pages[page - 1], footer) { Actions = actions };
    }
}
