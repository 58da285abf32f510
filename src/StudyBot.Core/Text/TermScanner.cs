using System.Text.RegularExpressions;
using StudyBot.Core.Text;

namespace StudyBot.Core;

/// <summary>
/// Reads the folded terms of a text for indexing and matching: every word as <see cref="Tokenizer"/> finds it,
/// and for a compound word ("Oyak-Renault", "Shlyapnikov's") also its parts, so "renault" finds "Oyak-Renault"
/// while "oyak-renault" still matches the compound exactly. Note references ("[22]") are not terms.
/// </summary>
/// <remarks>
/// A ref struct over spans because the search index runs it over the whole corpus: ASCII words are folded
/// into the caller's buffer, and only words with other letters go through <see cref="TextFolding.Fold"/>.
/// <see cref="Term"/> is valid until the next <see cref="MoveNext"/>.
/// </remarks>
public ref struct TermScanner
{
    /// <summary>A scratch buffer this long folds nearly every word without allocating.</summary>
    public const int BufferLength = 64;

    /// <summary>Parts shorter than this ("s" of "Shlyapnikov's") are not terms of their own.</summary>
    private const int MinimumPartLength = 2;

    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> buffer;
    private Regex.ValueMatchEnumerator markers;
    private int markerStart;
    private int markerEnd;
    private int position;
    private int compoundEnd;
    private int partPosition;

    /// <param name="text">The text to scan.</param>
    /// <param name="buffer">Scratch space for folding; words longer than it are folded through a string.</param>
    public TermScanner(ReadOnlySpan<char> text, Span<char> buffer)
    {
        this.text = text;
        this.buffer = buffer;
        partPosition = -1;
        WordIndex = -1;
        // Most text has no brackets at all; only text that does pays for looking for note references.
        markerStart = markerEnd = int.MaxValue;
        if (text.Contains('['))
        {
            markers = FootnoteMarkers.Find(text);
            NextMarker();
        }
    }

    /// <summary>The current term, folded.</summary>
    public ReadOnlySpan<char> Term { get; private set; }

    /// <summary>Where the current word or part starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>The length of the current word or part as written.</summary>
    public int Length { get; private set; }

    /// <summary>Whether the current term is a part of a compound word rather than a whole word.</summary>
    public bool IsPart { get; private set; }

    /// <summary>The number of whole words before the current one in the text; a compound's parts share its number.</summary>
    public int WordIndex { get; private set; }

    public bool MoveNext()
    {
        if (partPosition >= 0 && TryReadPart())
        {
            return true;
        }

        int start;
        int length;
        do
        {
            if (!Tokenizer.TryReadWord(text, ref position, out start, out length))
            {
                return false;
            }
        }
        while (InMarker(start));

        var word = text.Slice(start, length);
        partPosition = ContainsJoiner(word) ? start : -1;
        compoundEnd = start + length;
        WordIndex++;
        Set(start, length, isPart: false);
        return true;
    }

    private bool InMarker(int start)
    {
        while (start >= markerEnd)
        {
            NextMarker();
        }

        return start >= markerStart;
    }

    private void NextMarker()
    {
        if (markers.MoveNext())
        {
            markerStart = markers.Current.Index;
            markerEnd = markerStart + markers.Current.Length;
        }
        else
        {
            markerStart = markerEnd = int.MaxValue;
        }
    }

    private static bool ContainsJoiner(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (Tokenizer.IsJoiner(c))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadPart()
    {
        while (partPosition < compoundEnd)
        {
            var start = partPosition;
            var end = start;
            while (end < compoundEnd && !Tokenizer.IsJoiner(text[end]))
            {
                end++;
            }

            partPosition = end + 1;
            if (end - start >= MinimumPartLength)
            {
                Set(start, end - start, isPart: true);
                return true;
            }
        }

        partPosition = -1;
        return false;
    }

    private void Set(int start, int length, bool isPart)
    {
        Start = start;
        Length = length;
        IsPart = isPart;
        var word = text.Slice(start, length);
        Term = TryFoldAscii(word) ? buffer[..length] : TextFolding.Fold(word.ToString());
    }

    /// <summary>Lower-cases an ASCII word into the buffer; a plain loop beats the vectorised helpers on words this short.</summary>
    private readonly bool TryFoldAscii(ReadOnlySpan<char> word)
    {
        if (word.Length > buffer.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAscii(c))
            {
                return false;
            }

            buffer[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return true;
    }
}
