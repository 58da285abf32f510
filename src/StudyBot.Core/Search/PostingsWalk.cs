namespace StudyBot.Core.Search;

/// <summary>
/// Walks the postings of a query's words together in passage order, one passage at a time, and tells which words a
/// passage holds in its own language and whether it holds each phrase.
/// </summary>
/// <remarks>
/// A word may stand for several index terms (its English and its Dutch stem), each walked as a list of its own and
/// counted only in passages of the languages it was stemmed for. Positions are followed only for phrase words.
/// A query that is one phrase and nothing else matches only passages that hold all its words, so its walk leaps from
/// one such passage to the next (each word's lists searched ahead from the rarest word's next passage) instead of
/// stopping at every passage that holds any of them.
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
    private readonly int[][]? wordTerms;

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
        if (query.Phrases.Count == 1 && query.Words.All(w => w.Phrase == 0))
        {
            // Rarest word first: its next passage is the likeliest to be the next that holds them all.
            wordTerms = Enumerable.Range(0, query.Words.Count)
                .Select(word => Enumerable.Range(0, entries.Length).Where(i => termWords[i] == word).ToArray())
                .OrderBy(walked => walked.Sum(i => ends[i] - cursors[i]))
                .ToArray();
        }
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
        if (wordTerms is not null && !LeapToPassageWithEveryWord())
        {
            return false;
        }

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

    /// <summary>
    /// Moves every list to the next passage that holds every word (through any of its terms); false when some word has
    /// no passage left. The passages passed over lack a word, so they could not hold the phrase.
    /// </summary>
    private bool LeapToPassageWithEveryWord()
    {
        var target = 0;
        while (true)
        {
            var agreed = true;
            foreach (var walked in wordTerms!)
            {
                var next = int.MaxValue;
                foreach (var i in walked)
                {
                    if (cursors[i] < ends[i] && postings.Passages[cursors[i]] < target)
                    {
                        LeapTo(i, target);
                    }

                    if (cursors[i] < ends[i])
                    {
                        next = Math.Min(next, postings.Passages[cursors[i]]);
                    }
                }

                if (next == int.MaxValue)
                {
                    return false;
                }

                // Every list has been moved to the target, so a word is either there or past it.
                if (next > target)
                {
                    target = next;
                    agreed = false;
                }
            }

            if (agreed)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Moves list <paramref name="i"/> to its first posting at or after <paramref name="passage"/>, searching in steps that
    /// double so that a short leap stays cheap, and its position offset past the positions of the postings passed.
    /// </summary>
    private void LeapTo(int i, int passage)
    {
        var from = cursors[i];
        var step = 1;
        var low = from;
        var high = from + 1;
        while (high < ends[i] && postings.Passages[high] < passage)
        {
            low = high;
            step *= 2;
            high = Math.Min(ends[i], high + step);
        }

        high = Math.Min(high, ends[i]);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (postings.Passages[middle] < passage)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (followsPositions[i])
        {
            var skipped = 0;
            for (var slot = from; slot < low; slot++)
            {
                skipped += postings.Frequencies[slot];
            }

            positionOffsets[i] = postings.SkipPositions(positionOffsets[i], skipped);
        }

        cursors[i] = low;
    }

    private void Decode(int word)
    {
        var buffer = positionBuffers[word] ??= new int[byte.MaxValue];
        postings.ReadPositions(foundPositions[word], buffer.AsSpan(0, postings.Frequencies[Found[word]]));
    }

    private ReadOnlySpan<int> Positions(int word) => positionBuffers[word].AsSpan(0, postings.Frequencies[Found[word]]);
}
