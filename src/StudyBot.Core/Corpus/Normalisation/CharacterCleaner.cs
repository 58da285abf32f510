using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using System.Text;
using StudyBot.Core.Corpus.Import;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// The first pass over a document: Unicode NFC, every kind of line break, odd spaces (no-break, thin, ideographic),
/// invisible characters and stray whitespace. Works in place on the decoded buffer, one line at a time, so a large
/// file is cleaned without copies.
/// </summary>
internal static class CharacterCleaner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NormalisedText Clean(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (buffer, length) = ComposeNfc(source);
        var lines = new List<TextLine>(Math.Max(16, length / 60));
        var read = 0;
        var write = 0;
        while (true)
        {
            var end = read;
            while (end < length && !IsLineBreak(buffer[end]))
            {
                end++;
            }

            // Output never outruns input within a line, so writing behind the read position is safe.
            var raw = buffer.AsSpan(read, end - read);
            var start = write;
            write = LetterSpacing.IsLetterSpaced(raw)
                ? LetterSpacing.Collapse(raw, buffer, write)
                : CleanLine(raw, buffer, write);
            lines.Add(new TextLine(start, write - start));
            if (end >= length)
            {
                break;
            }

            read = end + (buffer[end] == '\r' && end + 1 < length && buffer[end + 1] == '\n' ? 2 : 1);
        }

        return new NormalisedText(buffer, lines);
    }

    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());

    public static bool IsSpace(char c) =>
        c < 128 ? c is ' ' or '\t' : CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029';

    // Zero-width characters, byte order marks, direction marks and control characters carry nothing a reader sees.
    private static bool IsInvisible(char c) =>
        c < 128 ? c < ' ' || c == '\u007F' : char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (char[] Buffer, int Length) ComposeNfc(SourceText source)
    {
        var text = source.Buffer.AsSpan(0, source.Length);
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return (source.Buffer, source.Length);
        }

        var composed = new char[text.GetNormalizedLength(NormalizationForm.FormC)];
        text.TryNormalize(composed, out var written, NormalizationForm.FormC);
        return (composed, written);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CleanLine(ReadOnlySpan<char> raw, char[] output, int write)
    {
        var start = write;
        raw = raw.Trim(' ');
        var i = 0;
        while (i < raw.Length)
        {
            // Runs of printable ASCII need no attention beyond doubled spaces: copy them at once.
            var run = raw[i..].IndexOfAnyExcept(PrintableAscii);
            var length = run < 0 ? raw.Length - i : run;
            if (length > 0)
            {
                var chunk = raw.Slice(i, length);
                if (write == start || output[write - 1] == ' ')
                {
                    chunk = chunk.TrimStart(' ');
                }

                chunk.CopyTo(output.AsSpan(write));
                write += chunk.IndexOf("  ", StringComparison.Ordinal) < 0
                    ? chunk.Length
                    : CollapseSpaces(output.AsSpan(write, chunk.Length));
                i += length;
                continue;
            }

            var c = raw[i++];
            if (IsSpace(c))
            {
                if (write > start && output[write - 1] != ' ')
                {
                    output[write++] = ' ';
                }
            }
            else if (c == '\u00AD')
            {
                // A soft hyphen is invisible, except where the line broke at it: there it marks a hyphenated word.
                if (raw[i..].TrimStart(' ').IsEmpty && write > start)
                {
                    output[write++] = '-';
                }
            }
            else if (!IsInvisible(c))
            {
                output[write++] = c;
            }
        }

        while (write > start && output[write - 1] == ' ')
        {
            write--;
        }

        return write;
    }

    /// <summary>Collapses runs of spaces in place; returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CollapseSpaces(Span<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ' || length == 0 || text[length - 1] != ' ')
            {
                text[length++] = text[i];
            }
        }

        return length;
    }
}
