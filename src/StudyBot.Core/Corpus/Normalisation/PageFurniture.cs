namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Removes running page headers and footers that PDF extraction leaves between the lines of a page
/// ("3INTERNATIONALISME - WERELDREVOLUTIE", "4 WWW.INTERNATIONALISM.ORG"): a page number beside capitals only.
/// The line becomes a blank line marked as a page break, so a paragraph the page split can be rejoined across it.
/// </summary>
internal static class PageFurniture
{
    private const int MaxPageDigits = 3;
    private const int MinLetters = 4;

    public static void Remove(NormalisedText text)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (IsFurniture(text[i]))
            {
                text.Lines[i] = new TextLine(text.Lines[i].Start, 0, LineMark.PageFurniture);
            }
        }
    }

    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        var lead = DigitRun(line);
        var trail = 0;
        while (trail < line.Length && char.IsDigit(line[^(trail + 1)]))
        {
            trail++;
        }

        var pageNumber = (lead is > 0 and <= MaxPageDigits) || (trail is > 0 and <= MaxPageDigits && lead == 0);
        if (!pageNumber)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= MinLetters;
    }

    private static int DigitRun(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && char.IsDigit(line[i]))
        {
            i++;
        }

        return i;
    }
}
