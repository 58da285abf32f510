using System.Runtime.CompilerServices;
using System.Text;
using StudyBot.Core.Corpus.Import;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Builds each unit's text from its lines: joined with single spaces, hyphens at line ends repaired or kept,
/// words damaged by conversion from print repaired where the document proves it, Markdown inline syntax removed.
/// </summary>
internal sealed class UnitTextBuilder
{
    private const int HyphenContext = 64;

    private readonly NormalisedText text;
    private readonly WordEvidence evidence;
    private readonly DocumentFormat format;
    private readonly bool joinLetterGroups;
    private readonly StringBuilder builder = new();

    public UnitTextBuilder(NormalisedText text, WordEvidence evidence, DocumentFormat format, bool joinLetterGroups)
    {
        this.text = text;
        this.evidence = evidence;
        this.format = format;
        this.joinLetterGroups = joinLetterGroups;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Build(List<LayoutUnit> units)
    {
        foreach (var unit in units)
        {
            builder.Clear();
            for (var s = 0; s < unit.Segments.Count; s++)
            {
                var segment = unit.Segments[s];
                var line = text.Buffer.AsSpan(segment.Start, segment.Length);
                if (builder.Length > 0)
                {
                    JoinLineBreak(line);
                }

                if (format == DocumentFormat.Markdown)
                {
                    MarkdownInline.AppendPlain(builder, line);
                }
                else
                {
                    InlineArtefacts.AppendRepaired(builder, line, evidence, joinLetterGroups);
                }
            }

            unit.Text = builder.ToString();
        }
    }

    private void JoinLineBreak(ReadOnlySpan<char> next)
    {
        var length = Math.Min(HyphenContext, builder.Length);
        Span<char> before = stackalloc char[length];
        builder.CopyTo(builder.Length - length, before, length);
        if (!TextShape.EndsWithWordHyphen(before))
        {
            // A range broken after its dash ("1914-" / "1918") closes up; everything else is separated by a space.
            var range = before.Length >= 2 && before[^1] == '-' && char.IsDigit(before[^2]) && next.Length > 0 && char.IsDigit(next[0]);
            if (!range)
            {
                builder.Append(' ');
            }

            return;
        }

        switch (LineBreakHyphen.Decide(before, next, evidence))
        {
            case LineBreakHyphenKind.BrokenWord:
                builder.Length--;
                break;
            case LineBreakHyphenKind.Suspended:
                builder.Append(' ');
                break;
            case LineBreakHyphenKind.Compound:
                break;
        }
    }
}
