namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Decoded characters of one file in a buffer that the normalisation rewrites in place, so a large file costs one
/// character buffer rather than a chain of intermediate strings.
/// </summary>
internal sealed class SourceText
{
    public SourceText(char[] buffer, int length)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, buffer.Length);
        Buffer = buffer;
        Length = length;
    }

    public char[] Buffer { get; }

    public int Length { get; }

    public static SourceText FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text.ToCharArray(), text.Length);
    }
}
