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

    /// <summary>Characters given as a string; an unpaired surrogate, which no UTF-8 file can hold, becomes U+FFFD.</summary>
    /// <remarks>Blocks keep their text as UTF-8 (see <see cref="BlockText"/>), which cannot hold an unpaired surrogate.</remarks>
    public static SourceText FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = text.ToCharArray();
        for (var i = 0; i < buffer.Length; i++)
        {
            if (char.IsHighSurrogate(buffer[i]) && i + 1 < buffer.Length && char.IsLowSurrogate(buffer[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(buffer[i]))
            {
                buffer[i] = '\uFFFD';
            }
        }

        return new SourceText(buffer, text.Length);
    }
}
