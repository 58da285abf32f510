using System.Runtime.CompilerServices;
using System.Buffers;

namespace StudyBot.Core.Corpus.Sentences;

/// <summary>
/// Splits a paragraph of normalised text into sentences. A period, question mark, exclamation
/// mark or ellipsis ends a sentence when whitespace follows it and neither the token before it
/// (an abbreviation, an initial) nor the word after it (lowercase) says otherwise.
/// </summary>
/// <remarks>
/// One forward pass that only stops at terminators, so it keeps pace with a corpus import; the
/// sentences are the only allocations besides the result list.
/// </remarks>
public sealed class SentenceSegmenter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…");

    // Quotes and brackets that close around a sentence's last words ('great.' (great.)), and note marks.
    private static readonly SearchValues<char> Trailers = SearchValues.Create("\"'”’“»›)]}*†‡");

    private static readonly SearchValues<char> Openers = SearchValues.Create("\"'“‘„«‹([");

    public IReadOnlyList<string> Split(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SplitRanges(text, 0, language).Select(r => text[r]).ToArray();
    }

    /// <summary>
    /// Where the sentences of <paramref name="text"/> from <paramref name="start"/> on are: every sentence is a
    /// slice of the text, so the corpus import keeps positions instead of cutting a string for each one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal List<Range> SplitRanges(string text, int start, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var abbreviations = Abbreviations.For(language);
        var sentences = new List<Range>();
        for (var blockStart = start; blockStart < text.Length;)
        {
            var blockEnd = FindBlankLine(text, blockStart, out var nextBlock);
            SplitBlock(text, blockStart, blockEnd, abbreviations, sentences);
            blockStart = nextBlock;
        }

        return sentences;
    }

    // A single newline is left over from wrapping and counts as a space; a blank line separates
    // paragraphs, so no sentence runs across it.
    private static int FindBlankLine(string text, int from, out int nextBlock)
    {
        for (var i = text.IndexOf('\n', from); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var j = i + 1;
            while (j < text.Length && text[j] != '\n' && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                nextBlock = j + 1;
                return i;
            }
        }

        nextBlock = text.Length;
        return text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SplitBlock(string text, int start, int end, Abbreviations abbreviations, List<Range> sentences)
    {
        var firstInBlock = sentences.Count;
        var previousStart = -1;
        for (var pos = SkipWhiteSpace(text, start, end); pos < end; pos = SkipWhiteSpace(text, pos, end))
        {
            var sentenceEnd = FindSentenceEnd(text, pos, end, abbreviations);
            var trimmedEnd = sentenceEnd;
            while (char.IsWhiteSpace(text[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            // Marks left after the last sentence ("... complex. . . .") belong to it.
            if (sentences.Count > firstInBlock && !ContainsLetterOrDigit(text, pos, trimmedEnd))
            {
                sentences[^1] = previousStart..trimmedEnd;
            }
            else
            {
                sentences.Add(pos..trimmedEnd);
                previousStart = pos;
            }

            pos = sentenceEnd;
        }
    }

    private static int FindSentenceEnd(string text, int start, int limit, Abbreviations abbreviations)
    {
        var from = start;
        if (ListMarker.TryRead(text, start, limit, out var marker))
        {
            from = marker.End;
            var nextItem = marker.FindNext(text, from, limit);
            if (nextItem >= 0)
            {
                limit = nextItem;
            }
        }

        // A sentence needs words before it can end: a leading "..." or "(…)" opens it instead.
        var hasContent = false;
        var contentFrom = from;
        while (from < limit)
        {
            var found = text.AsSpan(from, limit - from).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            var i = from + found;
            if (!hasContent)
            {
                hasContent = ContainsLetterOrDigit(text, contentFrom, i);
                contentFrom = i;
            }

            if (EndsSentence(text, start, i, limit, hasContent, abbreviations, out var after))
            {
                return after;
            }

            from = after;
        }

        return limit;
    }

    /// <summary>
    /// Decides whether the terminator at <paramref name="i"/> ends the sentence; <paramref name="after"/>
    /// is past the terminator and what trails it, where the sentence ends or the search goes on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsSentence(string text, int sentenceStart, int i, int limit, bool hasContent, Abbreviations abbreviations, out int after)
    {
        var dots = 0;
        var marks = false;
        int runEnd;
        if (TryReadSpacedEllipsis(text, sentenceStart, i, limit, out var spacedEnd, out var spacedDots))
        {
            // ". . ." is an omission inside the sentence; a fourth period after it ends the sentence
            // as plainly as a question mark would.
            if (spacedDots == 3)
            {
                after = spacedEnd;
                return false;
            }

            runEnd = spacedEnd;
            marks = true;
        }
        else
        {
            for (runEnd = i; runEnd < limit && Terminators.Contains(text[runEnd]); runEnd++)
            {
                dots += text[runEnd] switch
                {
                    '.' => 1,
                    '…' => 3,
                    _ => 0,
                };
                marks |= text[runEnd] is '!' or '?';
            }
        }

        after = SkipTrailers(text, runEnd, limit);

        // Without whitespace after it the mark is inside a token: "3.5", "Jr.'s", "mean...see", "p.6;".
        if ((after < limit && !char.IsWhiteSpace(text[after])) || !hasContent)
        {
            return false;
        }

        var next = SkipWhiteSpace(text, after, limit);
        if (next == limit)
        {
            return true;
        }

        if (marks)
        {
            return !StartsLowercase(text, next, limit);
        }

        if (dots >= 3)
        {
            // "[...]" and "(…)" mark omissions in a quotation; a bare ellipsis trails off, and the
            // sentence ends there only if a new one visibly starts.
            var bracketed = i > 0 && text[i - 1] is '[' or '(' && runEnd < text.Length && text[runEnd] is ']' or ')';
            return !bracketed && char.IsUpper(text[SkipOpeners(text, next, limit)]);
        }

        return abbreviations.Classify(TokenBefore(text, sentenceStart, i)) switch
        {
            AbbreviationKind.NeverEnds => false,
            AbbreviationKind.MayEnd => OpensSentence(text, next, limit, abbreviations),
            AbbreviationKind.BeforeNumber when char.IsDigit(text[next]) => false,
            _ => !StartsLowercase(text, next, limit),
        };
    }

    // Reads ". . ." (periods separated by single spaces) starting at a period that does not end a word.
    private static bool TryReadSpacedEllipsis(string text, int sentenceStart, int i, int limit, out int end, out int dots)
    {
        dots = 0;
        end = i;
        if (text[i] != '.' || (i > sentenceStart && !char.IsWhiteSpace(text[i - 1])))
        {
            return false;
        }

        dots = 1;
        while (end + 2 < limit && text[end + 1] == ' ' && text[end + 2] == '.')
        {
            end += 2;
            dots++;
        }

        end++;
        return dots >= 3;
    }

    // A dash right after the mark carries the sentence on when lowercase follows it:
    // "blank cartridges! – finally demoralized".
    private static bool StartsLowercase(string text, int next, int limit)
    {
        if (text[next] is '-' or '–' or '—')
        {
            next = SkipWhiteSpace(text, next + 1, limit);
            if (next == limit)
            {
                return false;
            }
        }

        return char.IsLower(text[next]);
    }

    private static bool OpensSentence(string text, int next, int limit, Abbreviations abbreviations)
    {
        if (abbreviations.ClippedArticleStarts && IsClippedArticle(text, next, limit))
        {
            return true;
        }

        var wordStart = SkipOpeners(text, next, limit);
        var wordEnd = wordStart;
        while (wordEnd < limit && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        // A lone capital with a period is one more initial ("E. N. Ignatov"), even when it is "I".
        if (wordEnd - wordStart == 1 && wordEnd < limit && text[wordEnd] == '.')
        {
            return false;
        }

        return abbreviations.IsSentenceStarter(text.AsSpan(wordStart, wordEnd - wordStart));
    }

    // "'s" and "'t", written with either apostrophe, alone or hyphenated ("'s-Gravenhage").
    private static bool IsClippedArticle(string text, int i, int limit) =>
        i + 2 <= limit
        && text[i] is '\'' or '’' or '‘'
        && text[i + 1] is 's' or 't'
        && (i + 2 == limit || text[i + 2] == '-' || char.IsWhiteSpace(text[i + 2]));

    private static ReadOnlySpan<char> TokenBefore(string text, int sentenceStart, int end)
    {
        var start = end;
        while (start > sentenceStart && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        // Quotes, brackets and dashes before the token are not part of it: "(B.)", "–I.".
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return text.AsSpan(start, end - start);
    }

    // Closing quotes and brackets, then note references: "great.”", "engineer.)", "place.*", "cell.[7]".
    private static int SkipTrailers(string text, int i, int limit)
    {
        while (i < limit)
        {
            if (Trailers.Contains(text[i]))
            {
                i++;
            }
            else if (text[i] == '[' && IsNoteReference(text, i, limit, out var end))
            {
                i = end;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsNoteReference(string text, int i, int limit, out int end)
    {
        end = i + 1;
        while (end < limit && end - i <= 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == i + 1 || end >= limit || text[end] != ']')
        {
            return false;
        }

        end++;
        return true;
    }

    // Stops at the last character rather than the limit, so that the result can always be read.
    private static int SkipOpeners(string text, int i, int limit)
    {
        while (i < limit - 1 && Openers.Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipWhiteSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool ContainsLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
