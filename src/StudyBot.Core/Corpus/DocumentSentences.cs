using System.Collections;

namespace StudyBot.Core.Corpus;

/// <summary>
/// A document's sentences in reading order, read through its blocks rather than copied into one list: counting
/// them makes none, and reading one makes only its block's.
/// </summary>
/// <remarks>
/// Quotes draw documents by their sentence counts across the whole corpus, so a flattened list would make every
/// sentence of every document on the first quote and keep a second reference to each for good.
/// </remarks>
internal sealed class DocumentSentences : IReadOnlyList<Sentence>
{
    private readonly IReadOnlyList<Block> blocks;

    // starts[b] is the position of block b's first sentence; starts[^1] is the count.
    private readonly int[] starts;

    public DocumentSentences(IReadOnlyList<Block> blocks)
    {
        this.blocks = blocks;
        starts = new int[blocks.Count + 1];
        for (var b = 0; b < blocks.Count; b++)
        {
            starts[b + 1] = starts[b] + blocks[b].SentenceCount;
        }
    }

    public int Count => starts[^1];

    public Sentence this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            // The last block starting at or before the index: blocks without sentences share their successor's start.
            var found = Array.BinarySearch(starts, index);
            var block = found >= 0 ? LastBlockStartingAt(found) : ~found - 1;
            return blocks[block].Sentences[index - starts[block]];
        }
    }

    public IEnumerator<Sentence> GetEnumerator()
    {
        foreach (var block in blocks)
        {
            if (block.SentenceCount > 0)
            {
                foreach (var sentence in block.Sentences)
                {
                    yield return sentence;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int LastBlockStartingAt(int found)
    {
        while (found + 1 < blocks.Count && starts[found + 1] == starts[found])
        {
            found++;
        }

        return found;
    }
}
