using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>Cuts the part of a passage worth showing for a query and highlights the words that matched.</summary>
public static class PassageSnippet
{
    /// <summary>Snippets longer than this are cut at sentence or word boundaries.</summary>
    public const int MaxLength = 320;

    private const string Ellipsis = "…";

    /// <summary>
    /// The best run of whole sentences of the passage (the sentence with the most query terms, then its
    /// neighbours while they fit), with every matched word, or matched part of a compound, highlighted.
    /// </summary>
    public static RichText For(Block block, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(query);
        var sentences = block.Sentences.Count > 0 ? block.Sentences.Select(s => s.Text).ToArray() : [block.Text];
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

    /// <summary>Splits <paramref name="text"/> into plain and highlighted runs for the query's terms.</summary>
    public static List<TextRun> Highlight(string text, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(query);
        var runs = new List<TextRun>();
        var written = 0;
        var highlightEnd = 0;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            // A whole word that matched already covers its parts.
            if (scanner.Start < highlightEnd || !query.Matches(scanner.Term))
            {
                continue;
            }

            if (scanner.Start > written)
            {
                runs.Add(new TextRun(text[written..scanner.Start], false));
            }

            highlightEnd = scanner.Start + scanner.Length;
            runs.Add(new TextRun(text[scanner.Start..highlightEnd], true));
            written = highlightEnd;
        }

        if (written < text.Length)
        {
            runs.Add(new TextRun(text[written..], false));
        }

        return runs;
    }

    private static int BestSentence(string[] sentences, SearchQuery query)
    {
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < sentences.Length; i++)
        {
            var score = MatchCount(sentences[i], query);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    private static int MatchCount(string text, SearchQuery query)
    {
        var count = 0;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            if (query.Matches(scanner.Term))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A window of about <see cref="MaxLength"/> characters around the first match, cut between words.</summary>
    private static (string Text, bool CutStart, bool CutEnd) Window(string text, SearchQuery query)
    {
        var firstMatch = 0;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            if (query.Matches(scanner.Term))
            {
                firstMatch = scanner.Start;
                break;
            }
        }

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
