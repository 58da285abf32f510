namespace StudyBot.Discord.FrontDoor;

/// <summary>Splits text into pieces of at most a limit, at a paragraph, line or word break where one is near, so nothing is cut off.</summary>
internal static class TextChunks
{
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = Break(rest, limit);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>Cut it is nearest the limit, but not in the first half, where a break would leave a short piece.</summary>
    private static int Break(string text, int limit)
    {
        foreach (var separator in new[] { "\n\n", "\n", " " })
        {
            var at = text.LastIndexOf(separator, limit - 1, limit, StringComparison.Ordinal);
            if (at >= limit / 2)
            {
                return at + separator.Length > limit ? at : at + separator.Length;
            }
        }

        // No break near: never split a surrogate pair.
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }
}
