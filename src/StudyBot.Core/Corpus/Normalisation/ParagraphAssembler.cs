using System.Runtime.CompilerServices;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Structure;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Groups cleaned lines into paragraph-level units. In a document with one paragraph per line each line stands alone,
/// unless a line was broken mid-sentence. In a hard-wrapped document the lines of a block are joined, split where a
/// sentence ends on a short line or a heading line starts the block, and continued across blank lines where a page
/// break cut a sentence (also around captions and page headers that the break put in between).
/// </summary>
internal sealed class ParagraphAssembler
{
    // Thresholds relative to the usual line length of the block, from the PDF-extracted brochure in the corpus.
    private const double ShortLineShare = 0.7;
    private const double HeadingLineShare = 0.6;
    private const double OverlongLineShare = 1.25;
    private const double FullLineShare = 0.8;
    private const int MaxHeadingLineWords = 12;
    private const int MaxInterruptionWords = 30;
    private const int MaxInterruptionsSkipped = 8;
    private const int MinWidthSampleLines = 4;
    private const int MinContinuedBlockLines = 3;

    private readonly NormalisedText text;
    private readonly DocumentLayout layout;
    private readonly DocumentFormat format;
    private readonly List<LayoutUnit> units = [];
    private LayoutUnit? current;
    private int blockEnd;
    private int blockWidth;

    private ParagraphAssembler(NormalisedText text, DocumentLayout layout, DocumentFormat format)
    {
        this.text = text;
        this.layout = layout;
        this.format = format;
    }

    public static List<LayoutUnit> Assemble(NormalisedText text, DocumentLayout layout, DocumentFormat format, WordEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(evidence);
        var assembler = new ParagraphAssembler(text, layout, format);
        assembler.GroupLines();
        new UnitTextBuilder(text, evidence, format, joinLetterGroups: layout.HardWrapped).Build(assembler.units);

        // Markdown syntax alone ("**") leaves nothing to read.
        assembler.units.RemoveAll(u => string.IsNullOrWhiteSpace(u.Text));
        return assembler.units;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GroupLines()
    {
        var afterBlank = true;
        var pageBreak = false;
        var headingLineBefore = false;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (text.IsBlank(i))
            {
                afterBlank = true;
                if (text.Lines[i].Mark == LineMark.PageFurniture && units.Count > 0)
                {
                    units[^1].PageBreakAfter = true;
                    pageBreak = true;
                }

                continue;
            }

            if (afterBlank)
            {
                StartBlock(i);
            }

            var line = text[i];
            var markup = LineMarkup.Read(line, text.Lines[i].Mark, format);
            if (markup.Kind == MarkupKind.Rule)
            {
                UnderlineHeading(markup, afterBlank);
                afterBlank = true;
                current = null;
                continue;
            }

            // A date on its own line (a blog post's date, a signature's date) is never part of a paragraph.
            var isDateline = markup.Kind == MarkupKind.None && DatelineParser.MightBeDate(line) && DatelineParser.TryParse(line.ToString(), out _);
            var target = markup.Kind == MarkupKind.None && !isDateline ? ContinuationOf(i, afterBlank, pageBreak) : null;
            var segment = new TextLine(text.Lines[i].Start + markup.ContentStart, markup.ContentLength);
            if (target is not null)
            {
                target.Add(segment, TextShape.CountWords(line, LayoutUnit.WordCountLimit));
                target.ReceivedContinuation |= afterBlank;
                current = target;
            }
            else
            {
                current = new LayoutUnit(markup, afterBlank, headingLineBefore);
                current.Add(segment, TextShape.CountWords(line, LayoutUnit.WordCountLimit));
                units.Add(current);
            }

            headingLineBefore = false;
            if (markup.StandsAlone || isDateline)
            {
                current = null;
            }
            else if (layout.HardWrapped && i + 1 < blockEnd && EndsUnitInBlock(i, out headingLineBefore))
            {
                current = null;
            }

            afterBlank = false;
            pageBreak = false;
        }
    }

    private void StartBlock(int first)
    {
        blockEnd = first;
        while (blockEnd < text.Lines.Count && !text.IsBlank(blockEnd))
        {
            blockEnd++;
        }

        var count = blockEnd - first;
        if (count < MinWidthSampleLines)
        {
            blockWidth = layout.TypicalLineLength;
            return;
        }

        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            lengths[i] = text.Lines[first + i].Length;
        }

        Array.Sort(lengths);
        blockWidth = lengths[count / 2];
    }

    /// <summary>A line of '=' or '-' right under a single line makes that line a heading; elsewhere it is a separator.</summary>
    private void UnderlineHeading(LineMarkup rule, bool afterBlank)
    {
        if (!afterBlank && current is { Kind: MarkupKind.None, LineCount: 1 } && rule.Level > 0)
        {
            current.Markup = new LineMarkup(MarkupKind.MarkdownHeading, rule.Level, current.Markup.ContentStart, current.Markup.ContentLength);
        }
    }

    /// <summary>The unit that line <paramref name="index"/> continues, or null when it starts a unit of its own.</summary>
    private LayoutUnit? ContinuationOf(int index, bool afterBlank, bool pageBreak)
    {
        var line = text[index];
        if (!afterBlank)
        {
            if (current is null || current.Markup.StandsAlone)
            {
                return null;
            }

            // Hard-wrapped lines of a block belong together unless EndsUnitInBlock split them.
            if (layout.HardWrapped)
            {
                return current;
            }

            // One paragraph per line: a line only continues the one before if that broke off mid-sentence.
            var last = LastLine(current);
            return TextShape.IsUnterminated(last) && (TextShape.StartsLowercase(line) || TextShape.EndsWithWordHyphen(last))
                ? current
                : null;
        }

        return layout.HardWrapped && units.Count > 0 ? ContinuationAcrossBlank(index, pageBreak) : null;
    }

    private LayoutUnit? ContinuationAcrossBlank(int index, bool pageBreak)
    {
        var line = text[index];
        var last = units[^1];
        if (!CanContinue(last))
        {
            return null;
        }

        var lastLine = LastLine(last);
        if (TextShape.EndsWithWordHyphen(lastLine) && line.Length > 0 && char.IsLetter(line[0]))
        {
            return last;
        }

        // Pieces of one caption that the layout spread over several blocks ("... Vladimir Lenin en" / "Alexei Rykov").
        if (IsInterruption(last) && (lastLine.EndsWith(",") || EndsWithFunctionWord(lastLine)) && TextShape.StartsLikeSentence(line))
        {
            return last;
        }

        // A block of one or two lines that does not end a sentence is a heading or caption, not the rest of one.
        var blockLast = text[blockEnd - 1];
        var blockLines = blockEnd - index;
        if (blockLines <= 2 && TextShape.IsUnterminated(blockLast) && !TextShape.EndsWithWordHyphen(blockLast) && !NextBlockStartsLowercase())
        {
            return null;
        }

        var strong = TextShape.StartsLowercase(line) || TextShape.StartsWithDashContinuation(line);
        if (!strong)
        {
            // Capitalised text after a page break continues a paragraph whose last line ran to the full width,
            // or ended in a comma or a function word, or that began right under a heading.
            var incomplete = lastLine.EndsWith(",") || EndsWithFunctionWord(lastLine)
                || (last.FollowsHeadingLine && TextShape.IsUnterminated(lastLine))
                || (last.LineCount >= MinContinuedBlockLines && lastLine.Length >= FullLineShare * layout.TypicalLineLength);
            return incomplete && TextShape.StartsLikeSentence(line) && blockLines >= MinContinuedBlockLines && IsOpen(last) ? last : null;
        }

        return pageBreak ? (IsOpen(last) ? last : null) : ParagraphBeforeInterruptions(last);
    }

    /// <summary>
    /// The open paragraph that a continuation belongs to when captions or a page header came between:
    /// the last unit before a removed page header, or else the last unit that is not itself a stray short line.
    /// </summary>
    private LayoutUnit? ParagraphBeforeInterruptions(LayoutUnit last)
    {
        var oldest = Math.Max(0, units.Count - MaxInterruptionsSkipped);
        for (var k = units.Count - 1; k >= oldest; k--)
        {
            var unit = units[k];
            if (unit.PageBreakAfter)
            {
                return IsOpen(unit) ? unit : null;
            }

            if (!IsInterruption(unit))
            {
                break;
            }
        }

        if (IsInterruption(last))
        {
            for (var k = units.Count - 2; k >= oldest; k--)
            {
                if (!IsInterruption(units[k]))
                {
                    if (IsOpen(units[k]))
                    {
                        return units[k];
                    }

                    break;
                }
            }
        }

        return IsOpen(last) ? last : null;
    }

    /// <summary>Whether a unit ends after line <paramref name="index"/> although the block goes on.</summary>
    private bool EndsUnitInBlock(int index, out bool headingLine)
    {
        headingLine = false;
        var line = text[index];
        var next = text[index + 1];
        var nextMarkup = LineMarkup.Read(next, text.Lines[index + 1].Mark, format);
        if (nextMarkup.Kind != MarkupKind.None || current is null)
        {
            return false;
        }

        // A sentence that ends well short of the line width ends its paragraph.
        if (TextShape.EndsSentence(line) && line.Length < ShortLineShare * blockWidth && TextShape.StartsLikeSentence(next))
        {
            return true;
        }

        // A block that opens with a short line, or with a lowercase styled heading, before a capitalised line.
        if (current.LineCount == 1 && !current.ReceivedContinuation && current.Kind == MarkupKind.None
            && TextShape.StartsLikeSentence(next) && TextShape.FinalMark(line) is not ('.' or ',' or ':' or ';' or '-')
            && !EndsWithFunctionWord(line)
            && TextShape.CountWords(line, MaxHeadingLineWords) <= MaxHeadingLineWords
            && (line.Length < HeadingLineShare * blockWidth || TextShape.StartsLowercase(line)))
        {
            headingLine = true;
            return true;
        }

        // A last line that is not a sentence's end, after one that is, and of another width: a caption under the text.
        return index + 2 == blockEnd
            && TextShape.EndsSentence(line)
            && TextShape.IsUnterminated(next) && !TextShape.EndsWithWordHyphen(next)
            && (next.Length > OverlongLineShare * blockWidth || next.Length < HeadingLineShare * blockWidth)
            && !NextBlockStartsLowercase();
    }

    private bool NextBlockStartsLowercase()
    {
        var i = blockEnd;
        while (i < text.Lines.Count && text.IsBlank(i))
        {
            i++;
        }

        return i < text.Lines.Count && TextShape.StartsLowercase(text[i]);
    }

    private ReadOnlySpan<char> LastLine(LayoutUnit unit)
    {
        var segment = unit.Segments[^1];
        return text.Buffer.AsSpan(segment.Start, segment.Length);
    }

    private ReadOnlySpan<char> FirstLine(LayoutUnit unit)
    {
        var segment = unit.Segments[0];
        return text.Buffer.AsSpan(segment.Start, segment.Length);
    }

    private static bool CanContinue(LayoutUnit unit) =>
        unit.Kind is MarkupKind.None or MarkupKind.Bullet or MarkupKind.Numbered or MarkupKind.Footnote;

    private bool IsOpen(LayoutUnit unit) =>
        CanContinue(unit) && (TextShape.IsUnterminated(LastLine(unit)) || TextShape.EndsWithWordHyphen(LastLine(unit)));

    /// <summary>A short stray block that does not end a sentence: a caption, pull quote or label a page break put mid-text.</summary>
    private bool IsInterruption(LayoutUnit unit) =>
        unit.Kind == MarkupKind.None && unit.StartsChunk
        && unit.WordCount <= MaxInterruptionWords
        && TextShape.StartsLikeSentence(FirstLine(unit))
        && TextShape.IsUnterminated(LastLine(unit));

    private static bool EndsWithFunctionWord(ReadOnlySpan<char> line)
    {
        var word = TextShape.TrailingLetters(line);
        if (word.IsEmpty || (word.Length != line.Length && line[^(word.Length + 1)] != ' '))
        {
            return false;
        }

        var folded = TextFolding.Fold(word.ToString());
        return Stopwords.IsStopword(folded, Language.English) || Stopwords.IsStopword(folded, Language.Dutch);
    }
}
