using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Search;

/// <summary>Cuts the part of a passage worth showing for a query and highlights the words that matched.</summary>
public static class PassageSnippet
{
    /// <summary>Snippets longer than this are cut at sentence or word boundaries.</summary>
    public const int MaxLength = 320;

    private const string Ellipsis = "…";

    /// <summary>
    /// The best run of whole sentences of the passage (the sentence with the most matches, then its neighbours while
    /// they fit), without note references, with every matched word (or word sharing its stem), matched part of a
    /// compound, and phrase highlighted.
    /// </summary>
    public static RichText For(Block block, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(query);
        var sentences = (block.Sentences.Count > 0 ? block.Sentences.Select(s => s.Text) : [block.Text]).Select(FootnoteMarkers.Remove).ToArray();
        var best = BestSentence(sentences, query);
        var first = best;
        var last = best;
        var length = sentences[best].Length;
        while (last + 1 < sentences.Length && length + 1 + sentences[last + 1].Length <= MaxLength)
        {
            length += 1 + sentences[++last].Length;
        }

        while (first > 0 && length + 1 + sentences[first - 1].Length <= MaxLength)
        {
            length += 1 + sentences[--first].Length;
        }

        var text = string.Join(' ', sentences[first..(last + 1)]);
        var (cut, cutStart, cutEnd) = length > MaxLength ? Window(text, query) : (text, false, false);
        var runs = Highlight(cut, query);
        if (first > 0 || cutStart)
        {
            runs.Insert(0, new TextRun(Ellipsis, false));
        }

        if (last < sentences.Length - 1 || cutEnd)
        {
            runs.Add(new TextRun(Ellipsis, false));
        }

        return new RichText(runs);
    }

    /// <summary>Splits <paramref name="text"/> into plain and highlighted runs for the query's words and phrases.</summary>
    public static List<TextRun> Highlight(string text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var runs = new List<TextRun>();
        var written = 0;
        foreach (var (start, end) in Matches(text, query))
        {
            if (start > written)
            {
                runs.Add(new TextRun(text[written..start], false));
            }

            runs.Add(new TextRun(text[start..end], true));
            written = end;
        }

        if (written < text.Length)
        {
            runs.Add(new TextRun(text[written..], false));
        }

        return runs;
    }

    /// <summary>
    /// The stretches of <paramref name="text"/> that matched, in order and apart: each word searched on its own, and
    /// each phrase from its first word to its last. A whole word that matched covers its parts.
    /// </summary>
    private static List<(int Start, int End)> Matches(string text, SearchQuery query)
    {
        var tokens = new List<(int Start, int End, int Word, ulong Matches)>();
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            var matches = query.MatchingWords(scanner.Term);
            if (matches != 0)
            {
                tokens.Add((scanner.Start, scanner.Start + scanner.Length, scanner.WordIndex, matches));
            }
        }

        var loose = 0UL;
        for (var word = 0; word < query.Words.Count; word++)
        {
            loose |= query.Words[word].Phrase < 0 ? 1UL << word : 0;
        }

        var spans = tokens.Where(t => (t.Matches & loose) != 0).Select(t => (t.Start, t.End)).ToList();
        foreach (var phrase in query.Phrases)
        {
            foreach (var first in tokens.Where(t => (t.Matches & (1UL << phrase[0])) != 0))
            {
                var end = first.End;
                var whole = phrase.Skip(1).All(word =>
                {
                    var at = first.Word + query.Words[word].Offset;
                    var next = tokens.FindIndex(t => t.Word == at && (t.Matches & (1UL << word)) != 0);
                    end = next >= 0 ? Math.Max(end, tokens[next].End) : end;
                    return next >= 0;
                });
                if (whole)
                {
                    spans.Add((first.Start, end));
                }
            }
        }

        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static int BestSentence(string[] sentences, SearchQuery query)
    {
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            var score = Matches(sentences[i], query).Count;
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    /// <summary>A window of about <see cref="MaxLength"/> characters around the first match, cut between words.</summary>
    private static (string Text, bool CutStart, bool CutEnd) Window(string text, SearchQuery query)
    {
        var matches = Matches(text, query);
        var firstMatch = matches.Count > 0 ? matches[0].Start : 0;
        var start = Math.Max(0, firstMatch - (MaxLength / 3));
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + MaxLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (text[start..end].Trim(), start > 0, end < text.Length);
    }
}
