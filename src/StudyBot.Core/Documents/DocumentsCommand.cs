using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Documents;

/// <summary>/documents: the corpus, one line per document with what a reader wants to know before choosing.</summary>
public sealed class DocumentsCommand : ICommand
{
    private readonly CorpusLibrary library;

    public DocumentsCommand(CorpusLibrary library)
    {
        this.library = library;
    }

    /// <summary>Documents per page: a line runs to about 150 characters, so a page stays far below Discord's 2,000-character content limit.</summary>
    public const int PageSize = 10;

    public CommandDeclaration Declaration { get; } = new(
        "documents",
        "Lists the texts of the corpus",
        CommandOption.Integer("page", "Which page of the list", 1, 100) with { DutchDescription = "Welke pagina van de lijst" })
    {
        DutchDescription = "Toont de teksten die de bot kent",
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var language = context.ReplyLanguage;
        var items = library.Documents.Select(d => RichText.Plain(Describe(d, language))).ToArray();
        var page = (int)(arguments.GetInteger("page") ?? 1);
        return Task.FromResult<Reply>(ListPages.Page(
            DocumentTexts.Heading.Format(language, items.Length), items, page, PageSize, p => CommandLineWriter.Write("documents", ("page", p)), language));
    }

    /// <summary>One line: title, slug to type, author and date when known, language, size and sections.</summary>
    public static string Describe(Document document, Language language)
    {
        ArgumentNullException.ThrowIfNull(document);
        var byline = string.Join(", ", new[] { document.Metadata.Author, document.Metadata.Date }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var parts = new List<string>
        {
            LanguageName(document.Language, language),
            ReplyLabels.Words.Format(language, document.WordCount),
            ReplyLabels.ReadingTime(document.ReadingTime, language),
            document.Sections.Count == 1 ? DocumentTexts.OneSection.In(language) : DocumentTexts.Sections.Format(language, document.Sections.Count),
        };
        return $"{document.Title} ({document.Slug}){(byline.Length > 0 ? DocumentTexts.By.Format(language, byline) : string.Empty)}: {string.Join(" · ", parts)}";
    }

    private static string LanguageName(Language language, Language replyLanguage)
    {
        if (language == Language.English || language == Language.Dutch)
        {
            return (language == Language.Dutch ? DocumentTexts.DutchLanguage : DocumentTexts.EnglishLanguage).In(replyLanguage);
        }

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
