namespace StudyBot.Core.Corpus.Sentences;

/// <summary>
/// The marker that opens an item of an inline list ("1.", "2.)", "b)", "•", "⁃9."). List items
/// often lack a final period, so the next item's marker is what ends the current one.
/// </summary>
internal readonly record struct ListMarker(int End, char Bullet, int Number, char Letter, string Suffix)
{
    private const int MaxDigits = 3;

    /// <summary>Reads the marker at <paramref name="start"/>, the start of a sentence, if there is one.</summary>
    public static bool TryRead(string text, int start, int limit, out ListMarker marker)
    {
        var bullet = IsBullet(text[start]) ? text[start] : '\0';
        var i = start;
        if (bullet != '\0')
        {
            i++;
            while (i < limit && text[i] == ' ')
            {
                i++;
            }
        }

        if (TryReadNumbering(text, i, limit, out var end, out var number, out var letter, out var suffix))
        {
            marker = new ListMarker(end, bullet, number, letter, suffix);
            return true;
        }

        marker = new ListMarker(start + 1, bullet, 0, '\0', string.Empty);
        return bullet != '\0';
    }

    /// <summary>Where the next item of the same list starts, or -1 when no such marker follows.</summary>
    public int FindNext(string text, int from, int limit)
    {
        if (Bullet != '\0')
        {
            for (var i = text.IndexOf(Bullet, from, limit - from); i >= 0; i = text.IndexOf(Bullet, i + 1, limit - i - 1))
            {
                if (char.IsWhiteSpace(text[i - 1]))
                {
                    return i;
                }
            }

            return -1;
        }

        Span<char> next = stackalloc char[MaxDigits + 1];
        int length;
        if (Letter != '\0')
        {
            next[0] = (char)(Letter + 1);
            length = 1;
        }
        else if (!(Number + 1).TryFormat(next, out length, provider: System.Globalization.CultureInfo.InvariantCulture))
        {
            return -1;
        }

        var span = text.AsSpan(0, limit);
        for (var i = from; i < limit;)
        {
            var found = span[i..].IndexOf(next[..length]);
            if (found < 0)
            {
                return -1;
            }

            i += found;
            var after = i + length;
            if (char.IsWhiteSpace(text[i - 1])
                && span[after..].StartsWith(Suffix, StringComparison.Ordinal)
                && after + Suffix.Length < limit
                && char.IsWhiteSpace(text[after + Suffix.Length]))
            {
                return i;
            }

            i = after;
        }

        return -1;
    }

    private static bool TryReadNumbering(string text, int start, int limit, out int end, out int number, out char letter, out string suffix)
    {
        number = 0;
        letter = '\0';
        var i = start;
        while (i < limit && i - start < MaxDigits && char.IsAsciiDigit(text[i]))
        {
            number = (number * 10) + (text[i++] - '0');
        }

        // Only lowercase letters count: "A. Smith" at a sentence start is an initial, not an item.
        if (i == start && i < limit && char.IsAsciiLetterLower(text[i]))
        {
            letter = text[i++];
        }

        suffix = i > start ? ReadSuffix(text, i, limit) : string.Empty;
        end = i + suffix.Length;
        return suffix.Length > 0 && end < limit && char.IsWhiteSpace(text[end]);
    }

    private static string ReadSuffix(string text, int i, int limit)
    {
        var span = text.AsSpan(i, limit - i);
        if (span.StartsWith(".)", StringComparison.Ordinal))
        {
            return ".)";
        }

        if (span.StartsWith('.'))
        {
            return ".";
        }

        return span.StartsWith(')') ? ")" : string.Empty;
    }

    private static bool IsBullet(char c) => c is '•' or '⁃' or '◦' or '▪' or '‣';
}
