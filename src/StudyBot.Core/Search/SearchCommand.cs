using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;

namespace StudyBot.Core.Search;

/// <summary>/search: the best passages for some words, matched words highlighted, a page at a time.</summary>
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
        CommandOption.Text("query", "Words to search for, e.g. general strike", required: true, takesRest: true) with { KeepsQuotes = true },
        CommandOption.Of(OptionKind.Document, "document", "Only search this document"),
        CommandOption.Integer("page", "Which page of results", 1, MaxPage));

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.RequireText("query");
        var document = arguments.GetText("document") is { } name ? library.Require(name) : null;
        var page = (int)(arguments.GetInteger("page") ?? 1);
        var query = index.Parse(text, document);
        var results = index.Search(query, document, (page - 1) * PageSize, PageSize);
        var scope = document is null ? string.Empty : $" in {document.Title}";
        if (results.TotalMatches == 0)
        {
            throw new CommandException($"No passages match '{text}'{scope}.");
        }

        var pageCount = (results.TotalMatches + PageSize - 1) / PageSize;
        if (page > pageCount)
        {
            throw new CommandException($"Page {page} does not exist; '{text}'{scope} has {Pages(pageCount)} of results.");
        }

        var items = results.Hits
            .Select(hit => new PassageItem(
                PassageSnippet.For(hit.Passage.Block, query),
                DocumentAttribution.Of(hit.Passage.Document, hit.Passage.Block.SectionIndex)))
            .ToArray();
        var reply = new PassageListReply($"Search: {text}{scope} ({Passages(results.TotalMatches)})", items, page, pageCount)
        {
            Actions = page < pageCount && page < MaxPage
                ? [new ReplyAction("More", CommandLineWriter.Write("search", ("query", text), ("document", document?.Slug), ("page", page + 1)))]
                : [],
        };
        return Task.FromResult<Reply>(reply);
    }

    private static string Pages(int count) => count == 1 ? "1 page" : $"{count} pages";

    private static string Passages(int count) => count == 1 ? "1 passage" : $"{count} passages";
}
