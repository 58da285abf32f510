namespace StudyBot.Core.Search;

/// <summary>
/// The inverted lists of the index in compressed-row form: the passages that contain term <c>t</c> are
/// <c>Passages[Starts[t]..Starts[t + 1]]</c>, in passage order, with their term frequencies beside them; the word
/// positions of those postings follow one another in <c>Positions[PositionStarts[t]..PositionStarts[t + 1]]</c>.
/// </summary>
/// <remarks>
/// Flat arrays instead of a list per term keep a 100 MB corpus at a few bytes per posting and cheap to scan.
/// A posting has as many positions as its frequency, each stored as the gap from the one before in 7-bit groups
/// (most take one byte), and only phrase queries read them.
/// </remarks>
internal sealed class Postings
{
    public Postings(int[] starts, int[] passages, byte[] frequencies, int[] positionStarts, byte[] positions)
    {
        Starts = starts;
        Passages = passages;
        Frequencies = frequencies;
        PositionStarts = positionStarts;
        Positions = positions;
    }

    public int[] Starts { get; }

    public int[] Passages { get; }

    public byte[] Frequencies { get; }

    public int[] PositionStarts { get; }

    public byte[] Positions { get; }

    public int DocumentFrequency(int term) => Starts[term + 1] - Starts[term];

    /// <summary>The first position in the term's list whose passage is at least <paramref name="passage"/>.</summary>
    public int LowerBound(int term, int passage)
    {
        var low = Starts[term];
        var high = Starts[term + 1];
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Passages[middle] < passage)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Where the positions of the posting at <paramref name="slot"/> of <paramref name="term"/>'s list start.</summary>
    public int PositionsOf(int term, int slot)
    {
        var offset = PositionStarts[term];
        for (var i = Starts[term]; i < slot; i++)
        {
            offset = SkipPositions(offset, Frequencies[i]);
        }

        return offset;
    }

    /// <summary>Where the positions after the <paramref name="count"/> that start at <paramref name="offset"/> start.</summary>
    public int SkipPositions(int offset, int count)
    {
        while (count > 0)
        {
            if (Positions[offset++] < 0x80)
            {
                count--;
            }
        }

        return offset;
    }

    /// <summary>Decodes the <paramref name="into"/>.Length positions that start at <paramref name="offset"/>, in reading order.</summary>
    public void ReadPositions(int offset, Span<int> into)
    {
        var position = 0;
        for (var i = 0; i < into.Length; i++)
        {
            var gap = 0;
            var shift = 0;
            byte value;
            do
            {
                value = Positions[offset++];
                gap |= (value & 0x7F) << shift;
                shift += 7;
            }
            while (value >= 0x80);

            position += gap;
            into[i] = position;
        }
    }
}
