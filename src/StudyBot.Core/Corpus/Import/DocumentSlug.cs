using System.Text;

namespace StudyBot.Core.Corpus.Import;

/// <summary>The stable key users type to name a document, made from its file name ("Türk Metal.txt" → "turk-metal").</summary>
public static class DocumentSlug
{
    public static string FromFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var folded = TextFolding.Fold(Path.GetFileNameWithoutExtension(fileName));
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                // Letters outside ASCII that folding cannot map (Cyrillic, Greek) separate words like punctuation does.
                slug.Append('-');
            }
        }

        while (slug.Length > 0 && slug[^1] == '-')
        {
            slug.Length--;
        }

        return slug.ToString();
    }
}
