namespace StudyBot.Core.Corpus.Structure;

/// <summary>
/// Recognises bylines: "By Kemal Ülker", "Door ..." and lines that are only a person's or organisation's name
/// ("Alpaslan Savaş", "M. Ismailov", "Internationale Kommunistische Stroming,").
/// </summary>
internal static class PersonName
{
    private const int MaxNameWords = 5;
    private const int MaxBylineLength = 80;

    private static readonly string[] BylinePrefixes = ["By ", "Written by ", "Door ", "Geschreven door "];

    // Lowercase name particles: "Jan van der Berg", "Ibn al-Athir".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "de", "von", "la", "le", "du", "da", "di", "del", "bin", "ibn", "al", "y",
    };

    /// <summary>"By X": the name after the prefix.</summary>
    public static bool TryParseByline(string text, out string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        name = string.Empty;
        if (text.Length > MaxBylineLength)
        {
            return false;
        }

        foreach (var prefix in BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && IsName(text[prefix.Length..]))
            {
                name = Clean(text[prefix.Length..]);
                return true;
            }
        }

        return false;
    }

    /// <summary>The line is a name and nothing else: capitalised words or initials, at least two of them.</summary>
    public static bool IsName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxNameWords || Particles.Contains(words[0]))
        {
            return false;
        }

        var fullWords = 0;
        foreach (var word in words)
        {
            if (IsInitials(word))
            {
                continue;
            }

            if (Particles.Contains(word))
            {
                continue;
            }

            if (!IsCapitalisedWord(word))
            {
                return false;
            }

            fullWords++;
        }

        return fullWords >= 1;
    }

    /// <summary>The name without trailing punctuation.</summary>
    public static string Clean(string text) => text.Trim().TrimEnd(',', ';', ':', '.', ' ');

    // "M.", "Yu.", "S.M.", "E. N."
    private static bool IsInitials(string word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        foreach (var part in word[..^1].Split('.'))
        {
            if (part.Length is 0 or > 2 || !char.IsUpper(part[0]) || (part.Length == 2 && !char.IsLower(part[1])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalisedWord(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = false;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (!(c is '-' or '\'' or '’' || char.IsUpper(c)))
            {
                return false;
            }
        }

        // All-caps words are acronyms or shouted headings, not names.
        return lower;
    }
}
