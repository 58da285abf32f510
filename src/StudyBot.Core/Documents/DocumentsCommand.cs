using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>/documents: the corpus, one line per document with what a reader wants to know before choosing.</summary>
public sealed class DocumentsCommand : ICommand
{
    private readonly CorpusLibrary library;

    public DocumentsCommand(CorpusLibrary library)
    {
        this.library = library;
    }

    public CommandDeclaration Declaration { get; } = new("documents", "Lists the texts of the corpus");

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var items = library.Documents.Select(d => RichText.Plain(Describe(d))).ToArray();
        return Task.FromResult<Reply>(new ListReply($"Documents ({items.Length})", items));
    }

    /// <summary>One line: title, slug to type, author and date when known, language, size and sections.</summary>
    public static string Describe(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var byline = string.Join(", ", new[] { document.Metadata.Author, document.Metadata.Date }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var parts = new List<string>
        {
            LanguageName(document.Language),
            document.WordCount.ToString("N0", CultureInfo.InvariantCulture) + " words",
            ReadingTime.Describe(document.ReadingTime),
            document.Sections.Count == 1 ? "1 section" : $"{document.Sections.Count} sections",
        };
        return $"{document.Title} ({document.Slug}){(byline.Length > 0 ? " by " + byline : string.Empty)}: {string.Join(" · ", parts)}";
    }

    private static string LanguageName(Language language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language.Code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return language.Code;
        }
    }
}
