using System.Text;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Reads a corpus file as strict UTF-8 and refuses what is not a text: too large, empty, binary or invalid UTF-8.
/// </summary>
internal static class SourceFileReader
{
    private const int ChunkBytes = 64 * 1024;

    // Text files carry a few tabs or form feeds; a binary file decoded as text shows many control characters.
    private const double MaxControlCharacterShare = 0.05;

    public static bool TryRead(string path, long maxBytes, out SourceText text, out string reason)
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
        var buffer = new char[size];
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[ChunkBytes];
        var length = 0;
        long offset = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            while (true)
            {
                var read = stream.Read(bytes, 0, bytes.Length);
                var chunk = bytes.AsSpan(0, read);
                var nul = chunk.IndexOf((byte)0);
                if (nul >= 0)
                {
                    reason = $"binary file (NUL byte at offset {offset + nul})";
                    return false;
                }

                // The file may have grown since its size was read; the limit still holds.
                if (length + read > buffer.Length)
                {
                    reason = $"too large (grew past {buffer.Length} bytes while reading)";
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

        return Accept(buffer, length, out text, out reason);
    }

    /// <summary>Checks decoded characters the same way a file is checked.</summary>
    public static bool Accept(char[] buffer, int length, out SourceText text, out string reason)
    {
        var span = buffer.AsSpan(0, length);
        var start = span.Length > 0 && span[0] == '\uFEFF' ? 1 : 0;
        var controls = 0;
        var visible = false;
        foreach (var c in span[start..])
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
            else if (!visible && !char.IsWhiteSpace(c) && c != '\uFEFF' && c != '\u200B')
            {
                visible = true;
            }
        }

        text = new SourceText(buffer, length);
        if (controls > 0 && controls >= MaxControlCharacterShare * (length - start))
        {
            reason = $"binary file ({controls} control characters in {length - start})";
            return false;
        }

        if (!visible)
        {
            reason = "only whitespace";
            return false;
        }

        reason = string.Empty;
        return true;
    }
}
