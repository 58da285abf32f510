using System.Runtime.CompilerServices;
using System.Text;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Repairs words that conversion from print damaged inside a line, where the document itself proves the repair:
/// a stray hyphen left from a line break of the printed page ("aange-zien", "with-out" when the document writes
/// "aangezien", "without" at least as often as the hyphenated form) and, in text extracted from a PDF, a word split
/// into letter groups ("k apit a l ist ische" when "kapitalistische" occurs elsewhere).
/// Without that evidence the text stays as written.
/// </summary>
internal static class InlineArtefacts
{
    private const int MinPartLength = 2;
    private const int MaxFragmentLength = 5;
    private const int MaxFragments = 8;
    private const int MinFragments = 3;
    private const int MaxWordLength = 64;

    // A fragment is a letter group the document hardly uses on its own.
    private const int MaxRareCount = 3;

    /// <summary>Appends <paramref name="line"/> to <paramref name="output"/>, repairing what the evidence supports.</summary>
    /// <param name="output">The unit's text so far.</param>
    /// <param name="line">The line to append.</param>
    /// <param name="evidence">The document's word counts.</param>
    /// <param name="joinLetterGroups">Whether to close up words split into letter groups, which only PDF extraction does.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AppendRepaired(StringBuilder output, ReadOnlySpan<char> line, WordEvidence evidence, bool joinLetterGroups)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(evidence);
        var copied = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '-' && IsStrayHyphen(line, i, evidence))
            {
                output.Append(line[copied..i]);
                copied = i + 1;
            }
            else if (joinLetterGroups && (i == 0 || line[i - 1] == ' ') && TryJoinFragments(line[i..], evidence, out var consumed, out var word))
            {
                output.Append(line[copied..i]).Append(word);
                i += consumed;
                copied = i;
                continue;
            }

            i++;
        }

        output.Append(line[copied..]);
    }

    private static bool IsStrayHyphen(ReadOnlySpan<char> line, int hyphen, WordEvidence evidence)
    {
        if (hyphen == 0 || hyphen + 1 >= line.Length || !char.IsLower(line[hyphen - 1]) || !char.IsLower(line[hyphen + 1]))
        {
            return false;
        }

        var start = hyphen;
        while (start > 0 && TextShape.IsLetterOrMark(line[start - 1]))
        {
            start--;
        }

        var end = hyphen + 1;
        while (end < line.Length && TextShape.IsLetterOrMark(line[end]))
        {
            end++;
        }

        // Compounds with several hyphens ("anti-fascistisch-democratisch") are left alone.
        if ((start > 0 && line[start - 1] == '-') || (end < line.Length && line[end] == '-'))
        {
            return false;
        }

        // A real compound ("working-class", "re-establishment") is either never written whole or written with its
        // hyphen more often; a capital or a digit after the hyphen ("Sovjet-Rusland", "Metal-İs") never gets here.
        var left = line[start..hyphen];
        var right = line[(hyphen + 1)..end];
        if (left.Length < MinPartLength || right.Length < MinPartLength)
        {
            return false;
        }

        var joined = evidence.CountJoined(left, right);
        return joined >= 1 && joined >= evidence.CountHyphenated(left, right);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryJoinFragments(ReadOnlySpan<char> text, WordEvidence evidence, out int consumed, out string word)
    {
        consumed = 0;
        word = string.Empty;

        // Most words are not fragments: a split word is a run of short letter groups with a single letter among them,
        // starting with one the document hardly uses. The cheap tests come first.
        var firstEnd = FragmentEnd(text, 0);
        if (firstEnd < 0 || !LooksSplit(text) || evidence.Count(text[..firstEnd]) > MaxRareCount)
        {
            return false;
        }

        Span<int> ends = stackalloc int[MaxFragments];
        Span<int> rareSoFar = stackalloc int[MaxFragments];
        var fragments = 0;
        var rare = 0;
        var position = 0;
        while (fragments < MaxFragments && position < text.Length)
        {
            var end = FragmentEnd(text, position);
            if (end < 0)
            {
                break;
            }

            rare += evidence.Count(text[position..end]) <= MaxRareCount ? 1 : 0;
            ends[fragments] = end;
            rareSoFar[fragments] = rare;
            fragments++;
            position = end + 1;
        }

        // Try the longest run of fragments first; it must spell a word the document uses elsewhere.
        Span<char> joined = stackalloc char[MaxWordLength];
        for (var count = fragments; count >= MinFragments; count--)
        {
            if (rareSoFar[count - 1] * 2 < count)
            {
                continue;
            }

            var length = 0;
            var start = 0;
            for (var f = 0; f < count && length <= MaxWordLength - MaxFragmentLength; f++)
            {
                text[start..ends[f]].CopyTo(joined[length..]);
                length += ends[f] - start;
                start = ends[f] + 1;
            }

            if (start == ends[count - 1] + 1 && evidence.Count(joined[..length]) >= 2)
            {
                consumed = ends[count - 1];
                word = joined[..length].ToString();
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksSplit(ReadOnlySpan<char> text)
    {
        var fragments = 0;
        var singleLetter = false;
        var position = 0;
        while (fragments < MinFragments || !singleLetter)
        {
            var end = FragmentEnd(text, position);
            if (end < 0)
            {
                return false;
            }

            singleLetter |= end - position == 1;
            fragments++;
            position = end + 1;
            if (position >= text.Length)
            {
                return fragments >= MinFragments && singleLetter;
            }
        }

        return true;
    }

    // The end of a run of at most a few letters at position that is followed by a space or the line end; -1 otherwise.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FragmentEnd(ReadOnlySpan<char> text, int position)
    {
        var end = position;
        while (end < text.Length && TextShape.IsLetterOrMark(text[end]))
        {
            end++;
        }

        var length = end - position;
        return length is > 0 and <= MaxFragmentLength && (end == text.Length || text[end] == ' ') ? end : -1;
    }
}
