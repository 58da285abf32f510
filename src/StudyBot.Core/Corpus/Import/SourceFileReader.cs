using System.Buffers;
using System.Text;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Reads a corpus file as strict UTF-8 and refuses what is not a text: too large, empty, binary or invalid UTF-8.
/// </summary>
internal static class SourceFileReader
{
    private const int ChunkBytes = 64 * 1024;

    // Buffers for ordinary texts are pooled; the pool would keep a buffer for a huge file alive after the import.
    private const int MaxPooledChars = 1 << 20;

    // Characters that leave a file empty to a reader: whitespace, byte order marks and zero-width spaces.
    private static readonly SearchValues<char> Invisible = SearchValues.Create(" \t\r\n\f\v\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u202F\u205F\u3000\uFEFF");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Text files carry a few tabs or form feeds; a binary file decoded as text shows many control characters.
    private const double MaxControlCharacterShare = 0.05;

    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="buffer">
    /// A character buffer to decode into, grown when the file needs more (from the shared array pool, up to a size):
    /// an import reuses one buffer for all its files instead of leaving a large array behind for each. Give it back
    /// with <see cref="ReturnBuffer"/>.
    /// </param>
    /// <param name="text">The decoded text, in <paramref name="buffer"/>.</param>
    /// <param name="reason">Why the file was refused.</param>
    public static bool TryRead(string path, long maxBytes, ref char[] buffer, out SourceText text, out string reason)
    {
        text = new SourceText([], 0);
        var size = new FileInfo(path).Length;
        if (size > maxBytes)
        {
            reason = $"too large ({size} bytes, the limit is {maxBytes})";
            return false;
        }

        if (size == 0)
        {
            reason = "empty file";
            return false;
        }

        // UTF-8 never yields more UTF-16 characters than it has bytes, so the file's size bounds the buffer.
        if (buffer.Length < size)
        {
            ReturnBuffer(buffer);
            var capacity = (int)Math.Max(size, Math.Min(2L * buffer.Length, maxBytes));
            buffer = capacity <= MaxPooledChars ? ArrayPool<char>.Shared.Rent(capacity) : new char[capacity];
        }

        var decoder = StrictUtf8.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var length = 0;
        long offset = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            while (true)
            {
                var read = stream.Read(bytes, 0, ChunkBytes);
                var chunk = bytes.AsSpan(0, read);
                var nul = chunk.IndexOf((byte)0);
                if (nul >= 0)
                {
                    reason = $"binary file (NUL byte at offset {offset + nul})";
                    return false;
                }

                // The file may have grown since its size was read; the limit still holds.
                if (length + read > size)
                {
                    reason = $"too large (grew past {size} bytes while reading)";
                    return false;
                }

                try
                {
                    length += decoder.GetChars(chunk, buffer.AsSpan(length), flush: read == 0);
                }
                catch (DecoderFallbackException e)
                {
                    reason = $"invalid UTF-8 near byte offset {offset + Math.Max(0, e.Index)}";
                    return false;
                }

                if (read == 0)
                {
                    break;
                }

                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return Accept(buffer, length, out text, out reason);
    }

    /// <summary>Gives a buffer that <see cref="TryRead"/> grew back to the shared pool.</summary>
    public static void ReturnBuffer(char[] buffer)
    {
        if (buffer.Length is > 0 and <= MaxPooledChars)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Checks decoded characters the same way a file is checked.</summary>
    public static bool Accept(char[] buffer, int length, out SourceText text, out string reason)
    {
        text = new SourceText(buffer, length);
        var span = buffer.AsSpan(0, length);
        var controls = 0;
        var rest = span;
        int next;
        while ((next = rest.IndexOfAnyInRange('\0', '\u001F')) >= 0)
        {
            controls += rest[next] is '\n' or '\r' or '\t' or '\f' ? 0 : 1;
            rest = rest[(next + 1)..];
        }

        if (controls > 0 && controls >= MaxControlCharacterShare * length)
        {
            reason = $"binary file ({controls} control characters in {length})";
            return false;
        }

        if (span.IndexOfAnyExcept(Invisible) < 0)
        {
            reason = "only whitespace";
            return false;
        }

        reason = string.Empty;
        return true;
    }
}
