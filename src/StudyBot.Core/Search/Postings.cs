namespace StudyBot.Core.Search;

/// <summary>
/// The inverted lists of the index in compressed-row form: the passages that contain term <c>t</c> are
/// <c>Passages[Starts[t]..Starts[t + 1]]</c>, in passage order, with their term frequencies beside them.
/// </summary>
/// <remarks>Three flat arrays instead of a list per term keep a 100 MB corpus at a few bytes per posting and cheap to scan.</remarks>
internal sealed class Postings
{
    public Postings(int[] starts, int[] passages, byte[] frequencies)
    {
        Starts = starts;
        Passages = passages;
        Frequencies = frequencies;
    }

    public int[] Starts { get; }

    public int[] Passages { get; }

    public byte[] Frequencies { get; }

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
}
