using StudyBot.Core.Corpus.Import;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>What a line's own markup says it is, before any context is considered.</summary>
internal enum MarkupKind
{
    None,

    /// <summary><c>== Heading ==</c>, as in text copied from a wiki; the number of '=' gives the level.</summary>
    WikiHeading,

    /// <summary>Markdown <c>## Heading</c>, or a line underlined with <c>===</c> or <c>---</c>.</summary>
    MarkdownHeading,

    /// <summary>An infobox field, <c>- Key: value</c>.</summary>
    Infobox,

    /// <summary>A bulleted list item: "- ", "* ", "• " or a bullet glyph.</summary>
    Bullet,

    /// <summary>A numbered list item: "13. ", "2) ".</summary>
    Numbered,

    /// <summary>A footnote: "[3] Ibid., p. 6."</summary>
    Footnote,

    /// <summary>
    /// A line of '=', '-', '*' or '_' only: a horizontal rule, or the underline of the heading above it (level 1 or 2).
    /// Markdown code fences count as rules of level 0.
    /// </summary>
    Rule,
}

/// <summary>A line's markup and the part of the line that is its content.</summary>
/// <param name="Kind">What the markup says the line is.</param>
/// <param name="Level">For headings: 1 for the top level; for rules: 1 for '=' and 2 for '-'.</param>
/// <param name="ContentStart">Where the content begins, after any markup.</param>
/// <param name="ContentLength">The content's length, without trailing markup.</param>
/// <param name="Marker">For a bullet: the bullet character ('*' can also mark a footnote).</param>
internal readonly record struct LineMarkup(MarkupKind Kind, int Level, int ContentStart, int ContentLength, char Marker = '\0')
{
    private const int MaxInfoboxKeyLength = 40;
    private const int MaxInfoboxKeyWords = 4;
    private const int MaxListNumberDigits = 3;
    private const int MinRuleLength = 3;

    public bool StandsAlone => Kind is MarkupKind.WikiHeading or MarkupKind.MarkdownHeading or MarkupKind.Infobox or MarkupKind.Rule;

    public static LineMarkup Read(ReadOnlySpan<char> line, LineMark mark, DocumentFormat format)
    {
        if (line.IsEmpty)
        {
            return new LineMarkup(MarkupKind.None, 0, 0, 0);
        }

        if (mark == LineMark.GlyphBullet)
        {
            return new LineMarkup(MarkupKind.Bullet, 0, 0, line.Length);
        }

        if (IsRule(line))
        {
            return new LineMarkup(MarkupKind.Rule, line[0] == '=' ? 1 : 2, 0, 0);
        }

        // A Markdown code fence separates blocks like a rule; the code between the fences is kept as text.
        if (format == DocumentFormat.Markdown && (line.StartsWith("```") || line.StartsWith("~~~")))
        {
            return new LineMarkup(MarkupKind.Rule, 0, 0, 0);
        }

        return TryWikiHeading(line)
            ?? (format == DocumentFormat.Markdown ? TryMarkdownHeading(line) : null)
            ?? TryInfobox(line)
            ?? TryBullet(line)
            ?? TryNumbered(line)
            ?? TryFootnote(line)
            ?? (format == DocumentFormat.Markdown && line[0] == '>' ? Content(MarkupKind.None, 0, line, 1) : (LineMarkup?)null)
            ?? new LineMarkup(MarkupKind.None, 0, 0, line.Length);
    }

    private static bool IsRule(ReadOnlySpan<char> line)
    {
        var c = line[0];
        if (c is not ('=' or '-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var x in line)
        {
            if (x == c)
            {
                count++;
            }
            else if (x != ' ')
            {
                return false;
            }
        }

        return count >= MinRuleLength;
    }

    private static LineMarkup? TryWikiHeading(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] != '=' || line[^1] != '=')
        {
            return null;
        }

        var level = 0;
        while (level < line.Length && line[level] == '=')
        {
            level++;
        }

        var end = line.Length;
        while (end > level && line[end - 1] == '=')
        {
            end--;
        }

        return HasLetters(line[level..end]) ? Content(MarkupKind.WikiHeading, level, line, level, end) : null;
    }

    private static LineMarkup? TryMarkdownHeading(ReadOnlySpan<char> line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || level >= line.Length || line[level] != ' ')
        {
            return null;
        }

        var end = line.Length;
        while (end > level && line[end - 1] is '#' or ' ')
        {
            end--;
        }

        return HasLetters(line[level..end]) ? Content(MarkupKind.MarkdownHeading, level, line, level, end) : null;
    }

    private static LineMarkup? TryInfobox(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[0] != '-' || line[1] != ' ' || !char.IsUpper(line[2]))
        {
            return null;
        }

        var colon = line.IndexOf(':');
        if (colon < 3 || colon - 2 > MaxInfoboxKeyLength || colon + 2 >= line.Length || line[colon + 1] != ' ')
        {
            return null;
        }

        // A key is a short label of letters and digits; a bibliography entry has commas, quotes and full stops before its colon.
        var key = line[2..colon];
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != ' ')
            {
                return null;
            }
        }

        return key.Count(' ') < MaxInfoboxKeyWords ? Content(MarkupKind.Infobox, 0, line, 2) : null;
    }

    private static LineMarkup? TryBullet(ReadOnlySpan<char> line)
    {
        var c = line[0];
        if (c is '-' or '*' or '•' or '·' or '◦' or '▪' or '+' && line.Length > 2 && line[1] == ' ')
        {
            return Content(MarkupKind.Bullet, 0, line, 2) with { Marker = c };
        }

        // "*Union leaders must..." : an asterisk glued to the first word is still a bullet.
        return c == '*' && line.Length > 1 && char.IsUpper(line[1]) ? Content(MarkupKind.Bullet, 0, line, 1) with { Marker = c } : null;
    }

    private static LineMarkup? TryNumbered(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        // Four digits are a year ("1917. Het is..."), not a list number.
        if (digits is 0 or > MaxListNumberDigits || digits + 2 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] != ' ')
        {
            return null;
        }

        return char.IsLetter(line[digits + 2]) || TextShape.IsOpeningMark(line[digits + 2])
            ? new LineMarkup(MarkupKind.Numbered, 0, 0, line.Length)
            : null;
    }

    private static LineMarkup? TryFootnote(ReadOnlySpan<char> line)
    {
        if (line[0] != '[')
        {
            return null;
        }

        var close = line.IndexOf(']');
        return close > 1 && close <= MaxListNumberDigits + 1 && line[1..close].ContainsAnyExceptInRange('0', '9') is false
            ? new LineMarkup(MarkupKind.Footnote, 0, 0, line.Length)
            : null;
    }

    private static bool HasLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static LineMarkup Content(MarkupKind kind, int level, ReadOnlySpan<char> line, int start, int end = -1)
    {
        end = end < 0 ? line.Length : end;
        while (start < end && line[start] == ' ')
        {
            start++;
        }

        while (end > start && line[end - 1] == ' ')
        {
            end--;
        }

        return new LineMarkup(kind, level, start, end - start);
    }
}
