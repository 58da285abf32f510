namespace StudyBot.Core.Quizzes;

/// <summary>
/// Tells when two answers are too alike to be offered side by side: "Shliapnikov" and "Shlyapnikov",
/// "worker" and "workers", "Rusland" and "Sovjet-Rusland" would make two choices right.
/// </summary>
public static class NameSimilarity
{
    private const int MinComparedLength = 4;
    private const int MaxEdits = 2;

    /// <summary>Compared one by one: the words of a name, the parts of a hyphenated one, and a surname after initials ("M.Ismailov").</summary>
    private static readonly char[] Separators = [' ', '-', '‐', '.'];

    /// <summary>Shorter parts are initials ("M.", "Yu."), which many people share.</summary>
    private const int MinPartLength = 3;

    public static bool AreAlike(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Parts(first);
        var b = Parts(second);
        return a.Any(x => b.Any(y => WordsAlike(x, y)));
    }

    private static string[] Parts(string name)
    {
        var parts = TextFolding.Fold(name).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(p => p.Length >= MinPartLength) ? parts.Where(p => p.Length >= MinPartLength).ToArray() : parts;
    }

    private static bool WordsAlike(string x, string y)
    {
        if (x == y)
        {
            return true;
        }

        if (x.Length < MinComparedLength || y.Length < MinComparedLength)
        {
            return false;
        }

        // A compound ends in its head ("arbeidersklasse", "klasse"), and either may fill the same blank.
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)
            || x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal) || EditDistance(x, y) <= MaxEdits;
    }

    /// <summary>Levenshtein distance with two rows; names are short.</summary>
    private static int EditDistance(string x, string y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }
}
