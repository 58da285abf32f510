namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// How a document lays out its paragraphs. Text extracted from a PDF is hard-wrapped: lines of 40-60 characters with
/// no blank line between the lines of a paragraph. Text from the web or a word processor puts one paragraph on a line.
/// </summary>
internal sealed record DocumentLayout(bool HardWrapped, int TypicalLineLength)
{
    private const int MaxWrappedLength = 100;
    private const double MinRunOnShare = 0.5;
    private const int MinPlainLines = 3;

    public static DocumentLayout Detect(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Markup lines (headings, list items, infobox lines) are short in every layout; only plain lines tell.
        var histogram = new int[MaxWrappedLength + 2];
        var plain = 0;
        var runOn = 0;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text[i];
            if (line.IsEmpty || IsMarkup(line, text.Lines[i].Mark))
            {
                continue;
            }

            plain++;
            histogram[Math.Min(line.Length, MaxWrappedLength + 1)]++;
            if (i + 1 < text.Lines.Count && !text.IsBlank(i + 1))
            {
                runOn++;
            }
        }

        var median = Median(histogram, plain);
        var wrapped = plain >= MinPlainLines && runOn >= MinRunOnShare * plain && median <= MaxWrappedLength;
        return new DocumentLayout(wrapped, median);
    }

    private static bool IsMarkup(ReadOnlySpan<char> line, LineMark mark) =>
        mark == LineMark.GlyphBullet || line[0] is '=' or '#' or '-' or '*' or '•' or '[' or '|' or '>';

    private static int Median(int[] histogram, int count)
    {
        var seen = 0;
        for (var length = 0; length < histogram.Length; length++)
        {
            seen += histogram[length];
            if (seen * 2 >= count && count > 0)
            {
                return length;
            }
        }

        return MaxWrappedLength + 1;
    }
}
