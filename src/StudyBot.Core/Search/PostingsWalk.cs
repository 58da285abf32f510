namespace StudyBot.Core.Search;

/// <summary>
/// Walks the postings of a query's words together in passage order, one passage at a time, and tells which words a
/// passage holds in its own language and whether it holds each phrase.
/// </summary>
/// <remarks>
/// A word may stand for several index terms (its English and its Dutch stem), each walked as a list of its own and
/// counted only in passages of the languages it was stemmed for. Positions are followed only for phrase words.
/// </remarks>
internal sealed class PostingsWalk
{
    private readonly Postings postings;
    private readonly byte[] passageLanguages;
    private readonly int[] terms;
    private readonly byte[] termLanguages;
    private readonly int[] termWords;
    private readonly bool[] followsPositions;
    private readonly int[] cursors;
    private readonly int[] ends;
    private readonly int[] positionOffsets;
    private readonly int[] foundTerms;
    private readonly int[] foundPositions;
    private readonly int[][] positionBuffers;

    /// <param name="postings">The index's postings.</param>
    /// <param name="passageLanguages">Each passage's language, as a bit of the index's language slots.</param>
    /// <param name="query">The words to walk.</param>
    /// <param name="first">The first passage walked.</param>
    /// <param name="end">The passage after the last one walked.</param>
    public PostingsWalk(Postings postings, byte[] passageLanguages, SearchQuery query, int first, int end)
    {
        this.postings = postings;
        this.passageLanguages = passageLanguages;
        var entries = query.Words.SelectMany((w, i) => w.Terms.Select(t => (t.Term, t.Languages, Word: i, Phrase: w.Phrase >= 0))).ToArray();
        terms = entries.Select(e => e.Term).ToArray();
        termLanguages = entries.Select(e => e.Languages).ToArray();
        termWords = entries.Select(e => e.Word).ToArray();
        followsPositions = entries.Select(e => e.Phrase).ToArray();
        cursors = new int[entries.Length];
        ends = new int[entries.Length];
        positionOffsets = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            cursors[i] = postings.LowerBound(terms[i], first);
            ends[i] = postings.LowerBound(terms[i], end);
            positionOffsets[i] = followsPositions[i] ? postings.PositionsOf(terms[i], cursors[i]) : 0;
        }

        Found = new int[query.Words.Count];
        foundTerms = new int[query.Words.Count];
        foundPositions = new int[query.Words.Count];
        positionBuffers = new int[query.Words.Count][];
    }

    /// <summary>The current passage.</summary>
    public int Passage { get; private set; }

    /// <summary>Per query word, the slot of its posting in the current passage, or -1 when the passage lacks it.</summary>
    public int[] Found { get; }

    /// <summary>The index term through which the word was found in the current passage.</summary>
    public int TermOf(int word) => foundTerms[word];

    /// <summary>Moves to the next passage that holds any of the terms walked; false at the end.</summary>
    public bool MoveNext()
    {
        var passage = int.MaxValue;
        for (var i = 0; i < terms.Length; i++)
        {
            if (cursors[i] < ends[i])
            {
                passage = Math.Min(passage, postings.Passages[cursors[i]]);
            }
        }

        if (passage == int.MaxValue)
        {
            return false;
        }

        Passage = passage;
        Array.Fill(Found, -1);
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = cursors[i];
            if (slot >= ends[i] || postings.Passages[slot] != passage)
            {
                continue;
            }

            if ((termLanguages[i] & passageLanguages[passage]) != 0)
            {
                Found[termWords[i]] = slot;
                foundTerms[termWords[i]] = terms[i];
                foundPositions[termWords[i]] = positionOffsets[i];
            }

            if (followsPositions[i])
            {
                positionOffsets[i] = postings.SkipPositions(positionOffsets[i], postings.Frequencies[slot]);
            }

            cursors[i]++;
        }

        return true;
    }

    /// <summary>Whether the current passage holds the phrase's words at their offsets from its first word.</summary>
    public bool HasPhrase(IReadOnlyList<int> phrase, IReadOnlyList<QueryWord> words)
    {
        foreach (var word in phrase)
        {
            if (Found[word] < 0)
            {
                return false;
            }
        }

        foreach (var word in phrase)
        {
            Decode(word);
        }

        foreach (var start in Positions(phrase[0]))
        {
            var all = true;
            for (var i = 1; i < phrase.Count && all; i++)
            {
                all = Positions(phrase[i]).BinarySearch(start + words[phrase[i]].Offset) >= 0;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private void Decode(int word)
    {
        var buffer = positionBuffers[word] ??= new int[byte.MaxValue];
        postings.ReadPositions(foundPositions[word], buffer.AsSpan(0, postings.Frequencies[Found[word]]));
    }

    private ReadOnlySpan<int> Positions(int word) => positionBuffers[word].AsSpan(0, postings.Frequencies[Found[word]]);
}
