namespace StudyBot.Core.Search;

/// <summary>
/// The inverted lists of the index in compressed-row form: the passages that contain term <c>t</c> are
/// <c>Passages[Starts[t]..Starts[t + 1]]</c>, in passage order, with their term frequencies beside them.
/// </summary>
/// <remarks>Three flat arrays instead of a list per term keep a 100 MB corpus at a few bytes per posting and cheap to scan.</remarks>
internal sealed class Postings
{
    public Postings(int[] starts, int[] passages, ushort[] frequencies)
    {
        Starts = starts;
        Passages = passages;
        Frequencies = frequencies;
    }

    public int[] Starts { get; }

    public int[] Passages { get; }

    public ushort[] Frequencies { get; }

    /// <summary>
    /// Joins the postings of index parts that cover consecutive runs of passages: part <c>i</c>'s term <c>t</c>
    /// becomes <c>TermMaps[i][t]</c> and its passages move up by <c>PassageOffset</c>. Appending the parts in
    /// passage order keeps every merged list in passage order.
    /// </summary>
    public static Postings Merge(IReadOnlyList<(Postings Postings, int[] TermMap, int PassageOffset)> parts, int termCount)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var starts = new int[termCount + 1];
        foreach (var (part, map, _) in parts)
        {
            for (var t = 0; t < map.Length; t++)
            {
                starts[map[t] + 1] += part.DocumentFrequency(t);
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        var next = starts[..termCount];
        var passages = new int[starts[termCount]];
        var frequencies = new ushort[passages.Length];
        foreach (var (part, map, offset) in parts)
        {
            for (var t = 0; t < map.Length; t++)
            {
                var from = part.Starts[t];
                var length = part.DocumentFrequency(t);
                var to = next[map[t]];
                for (var i = 0; i < length; i++)
                {
                    passages[to + i] = part.Passages[from + i] + offset;
                }

                Array.Copy(part.Frequencies, from, frequencies, to, length);
                next[map[t]] += length;
            }
        }

        return new Postings(starts, passages, frequencies);
    }

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
