namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>A document's cleaned characters and its lines, before paragraphs are formed.</summary>
internal sealed class NormalisedText
{
    public NormalisedText(char[] buffer, List<TextLine> lines)
    {
        Buffer = buffer;
        Lines = lines;
    }

    public char[] Buffer { get; }

    /// <summary>Lines in order; later passes replace entries to mark or shorten lines.</summary>
    public List<TextLine> Lines { get; }

    public ReadOnlySpan<char> this[int line] => Buffer.AsSpan(Lines[line].Start, Lines[line].Length);

    public bool IsBlank(int line) => Lines[line].IsBlank;
}
