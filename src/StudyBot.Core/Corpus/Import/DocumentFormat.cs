namespace StudyBot.Core.Corpus.Import;

/// <summary>How a corpus file marks its structure.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text; headings are recognised from their layout or from <c>== wiki ==</c> markup.</summary>
    PlainText,

    /// <summary>Markdown: <c>#</c> headings, lists, links and emphasis.</summary>
    Markdown,
}

public static class DocumentFormats
{
    /// <summary>The format of a file by its extension, or null for files the corpus does not read.</summary>
    public static DocumentFormat? FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return DocumentFormat.PlainText;
        }

        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : null;
    }
}
