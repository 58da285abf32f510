using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;

namespace StudyBot.Core.Search;

/// <summary>/search: the best passages for some words, matched words highlighted, a page at a time (Previous and Next turn the page in place).</summary>
public sealed class SearchCommand : ICommand
{
    public const int PageSize = 5;
    private const int MaxPage = 100;

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;

    public SearchCommand(CorpusLibrary library, CorpusSearchIndex index)
    {
        this.library = library;
        this.index = index;
    }

    public CommandDeclaration Declaration { get; } = new(
        "search",
        "Finds the passages that best match your words",
        CommandOption.Text("query", "Words to search for, e.g. general strike", required: true, takesRest: true) with
        {
            KeepsQuotes = true,
            DutchDescription = "Woorden om naar te zoeken, bijv. \"general strike\" of staking",
        },
        CommandOption.Of(OptionKind.Document, "document", "Only search this document") with { DutchDescription = "Alleen in dit document zoeken" },
        CommandOption.Integer("page", "Which page of results", 1, MaxPage) with { DutchDescription = "Welke pagina met resultaten" })
    {
        DutchDescription = "Vindt de passages die het best bij je woorden passen",
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var language = context.ReplyLanguage;
        var text = arguments.RequireText("query");
        var document = arguments.GetText("document") is { } name ? library.Require(name) : null;
        var page = (int)(arguments.GetInteger("page") ?? 1);
        var query = index.Parse(text, document);
        var results = index.Search(query, document, (page - 1) * PageSize, PageSize);
        var scope = document is null ? string.Empty : SearchTexts.InDocument.Format(language, document.Title);
        if (results.TotalMatches == 0)
        {
            throw new CommandException(SearchTexts.NoMatch, text, scope);
        }

        var pageCount = (results.TotalMatches + PageSize - 1) / PageSize;
        if (page > pageCount)
        {
            throw pageCount == 1
                ? new CommandException(SearchTexts.NoPageBeyondOne, page, text, scope)
                : new CommandException(SearchTexts.NoSuchPage, page, text, scope, pageCount);
        }

        var items = results.Hits
            .Select(hit => new PassageItem(
                PassageSnippet.For(hit.Passage.Block, query),
                DocumentAttribution.Of(hit.Passage.Document, hit.Passage.Block.SectionIndex)))
            .ToArray();
        var count = results.TotalMatches == 1 ? SearchTexts.OnePassage.In(language) : SearchTexts.Passages.Format(language, results.TotalMatches);
        // The page option stops at MaxPage, so no button offers a page that the option would refuse.
        var actions = ListPages.Buttons(
            page,
            Math.Min(pageCount, MaxPage),
            p => CommandLineWriter.Write("search", ("query", text), ("document", document?.Slug), ("page", p)),
            language);
        var reply = new PassageListReply(SearchTexts.Heading.Format(language, text, scope, count), items, page, pageCount) { Actions = actions };
        return Task.FromResult<Reply>(reply);
    }
}
