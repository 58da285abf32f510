using System.Text;

namespace StudyBot.Core.Corpus;

/// <summary>A block's text, kept as UTF-8 in a buffer that the blocks of one document share.</summary>
/// <remarks>
/// Corpus text is mostly ASCII, which a .NET string stores in two bytes a character: held as strings, the text of a
/// 100 MB corpus took 200 MB and the import peaked at three times the corpus size. A block makes its string when
/// asked, a vectorised copy of a paragraph, and most blocks of a large corpus are never asked.
/// </remarks>
internal readonly struct BlockText
{
    private readonly byte[] bytes;
    private readonly int start;
    private readonly int length;

    public BlockText(byte[] bytes, int start, int length)
    {
        this.bytes = bytes;
        this.start = start;
        this.length = length;
    }

    /// <summary>Its UTF-8 size, which is the character count for ASCII and close to it for European text.</summary>
    public int ByteCount => length;

    public static BlockText From(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new BlockText(bytes, 0, bytes.Length);
    }

    public override string ToString() => Encoding.UTF8.GetString(bytes, start, length);

    /// <summary>Decodes into <paramref name="buffer"/>, growing it when the text does not fit, without making a string.</summary>
    public ReadOnlySpan<char> Decode(ref char[] buffer)
    {
        var utf8 = bytes.AsSpan(start, length);

        // A UTF-8 text never has more characters than bytes.
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, buffer));
    }
}

/// <summary>Writes the texts of one document's blocks into one exactly sized UTF-8 buffer.</summary>
/// <remarks>One buffer a document, rather than an array a block, saves an object header on each of a large corpus's
/// hundreds of thousands of blocks.</remarks>
internal sealed class BlockTextWriter
{
    private readonly byte[] bytes;
    private int used;

    /// <param name="texts">Every text that will be written, to size the buffer.</param>
    public BlockTextWriter(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var total = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        bytes = total <= Array.MaxLength ? new byte[total] : throw new InvalidOperationException($"A document of {total} bytes is too large to hold.");
    }

    public BlockText Write(string text)
    {
        var written = Encoding.UTF8.GetBytes(text, bytes.AsSpan(used));
        var stored = new BlockText(bytes, used, written);
        used += written;
        return stored;
    }
}
