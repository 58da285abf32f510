using System.Runtime.CompilerServices;
using StudyBot.Core.Corpus.Normalisation;

namespace StudyBot.Core.Corpus.Structure;

/// <summary>
/// Decides what each unit of a document is (paragraph, heading, caption, byline, dateline, infobox line, list item,
/// note, bibliography) and where sections start. Markup decides where there is any; otherwise a short line without
/// final punctuation is a heading or a caption depending on what surrounds it:
/// <list type="bullet">
/// <item>a line inside the flow of a paragraph, or not followed by prose, is a caption;</item>
/// <item>after a dateline in a collection of blog posts it is the post's title;</item>
/// <item>lowercase-styled or all-caps lines before prose are headings;</item>
/// <item>a run of such lines before prose is a heading with subheadings and bylines;</item>
/// <item>a single such line before prose is a heading, unless the document shows that it has captions.</item>
/// </list>
/// </summary>
internal sealed class BlockClassifier
{
    private const int MaxCandidateWords = 15;
    private const int MaxCaptionWords = 30;
    private const int MaxAllCapsHeadingWords = 8;
    private const int MaxInfoboxTitleWords = 8;
    private const int MinBlogPosts = 2;

    private readonly List<StructuredUnit> units;
    private readonly Language language;
    private int firstProse;
    private int lastProse;
    private bool hasCaptions;

    private BlockClassifier(List<StructuredUnit> units, Language language)
    {
        this.units = units;
        this.language = language;
    }

    public static List<StructuredUnit> Classify(IReadOnlyList<LayoutUnit> layout, Language language)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var classifier = new BlockClassifier(layout.Select(Local).ToList(), language);
        classifier.Run();
        return classifier.units;
    }

    private void Run()
    {
        MarkInfoboxTitles();
        MarkFootnotes();
        firstProse = units.FindIndex(u => u.IsProse);
        lastProse = units.FindLastIndex(u => u.IsProse);
        hasCaptions = HasStrayLines();
        if (units.Count(u => u.Kind == BlockKind.Dateline) >= MinBlogPosts)
        {
            MarkBlogPosts();
        }

        MarkTitleBlock();
        MarkStyledHeadings();
        MarkRuns();
        DemoteStackedHeadings();
        MarkReferenceSections();
        MarkTrailingNotes();
    }

    /// <summary>What a unit is by its markup and shape alone.</summary>
    private static StructuredUnit Local(LayoutUnit layout)
    {
        var text = layout.Text;
        switch (layout.Kind)
        {
            case MarkupKind.WikiHeading or MarkupKind.MarkdownHeading:
                return new StructuredUnit(layout, BlockKind.Heading)
                {
                    HeadingLevel = layout.Markup.Level,
                    StartsSection = SectionTitles.FromHeading(text),
                };
            case MarkupKind.Infobox:
                return new StructuredUnit(layout, BlockKind.InfoboxLine);
            case MarkupKind.Footnote:
                return new StructuredUnit(layout, BlockKind.Note);
            case MarkupKind.Bullet or MarkupKind.Numbered:
                return new StructuredUnit(layout, BlockKind.ListItem);
        }

        if (DatelineParser.MightBeDate(text) && DatelineParser.TryParse(text, out var date))
        {
            return new StructuredUnit(layout, BlockKind.Dateline) { Date = date };
        }

        if (PersonName.TryParseByline(text, out var name))
        {
            return new StructuredUnit(layout, BlockKind.Byline) { Author = name };
        }

        var unterminated = TextShape.IsUnterminated(text);
        var styledQuestion = TextShape.StartsLowercase(text) && TextShape.FinalMark(text) is '?' or '!';
        if (layout.WordCount <= MaxCandidateWords && (unterminated || styledQuestion))
        {
            return new StructuredUnit(layout, BlockKind.Caption) { IsCandidate = true };
        }

        return new StructuredUnit(layout, layout.WordCount <= MaxCaptionWords && unterminated ? BlockKind.Caption : BlockKind.Paragraph);
    }

    /// <summary>The name line right above an infobox ("Workers' Opposition" over "- Leader: ...") belongs to it.</summary>
    private void MarkInfoboxTitles()
    {
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Layout.Kind == MarkupKind.None && unit.Kind is BlockKind.Caption or BlockKind.Paragraph
                && unit.Layout.WordCount <= MaxInfoboxTitleWords
                && units[i + 1].Kind == BlockKind.InfoboxLine && !units[i + 1].Layout.StartsChunk)
            {
                unit.Kind = BlockKind.InfoboxLine;
                unit.IsCandidate = false;
            }
        }
    }

    /// <summary>
    /// "1. ..." is a footnote when the text refers to it as "(1)"; a lone "* ..." item is one when the text has a
    /// word or sentence followed by an asterisk. Otherwise they are list items.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkFootnotes()
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        var asteriskReference = false;
        foreach (var unit in units.Where(u => u.Layout.Kind == MarkupKind.None))
        {
            CollectReferences(unit.Text, references, ref asteriskReference);
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Layout.Kind == MarkupKind.Numbered)
            {
                var number = unit.Text.AsSpan(0, unit.Text.IndexOfAny(['.', ')'])).ToString();
                if (references.Contains(number) && !IsMarkup(i - 1, MarkupKind.Numbered) && !IsMarkup(i + 1, MarkupKind.Numbered))
                {
                    unit.Kind = BlockKind.Note;
                }
            }
            else if (unit.Layout.Kind == MarkupKind.Bullet && unit.Layout.Markup.Marker == '*' && asteriskReference
                && !IsMarkup(i - 1, MarkupKind.Bullet) && !IsMarkup(i + 1, MarkupKind.Bullet))
            {
                unit.Kind = BlockKind.Note;
            }
        }
    }

    private bool IsMarkup(int index, MarkupKind kind) => index >= 0 && index < units.Count && units[index].Layout.Kind == kind;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectReferences(string text, HashSet<string> references, ref bool asteriskReference)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '*' && text[i - 1] is not (' ' or '*') && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                asteriskReference = true;
            }
            else if (text[i] == '(' && text[i - 1] != ' ')
            {
                var close = text.IndexOf(')', i);
                if (close > i + 1 && close - i <= 4 && text.AsSpan(i + 1, close - i - 1).ContainsAnyExceptInRange('0', '9') is false)
                {
                    references.Add(text[(i + 1)..close]);
                }
            }
        }
    }

    /// <summary>
    /// A short line squeezed between the lines of a paragraph, or a longer line that ends without punctuation between
    /// paragraphs, shows that the document has captions.
    /// </summary>
    private bool HasStrayLines()
    {
        for (var i = 1; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind == BlockKind.Caption && units[i - 1].IsProse
                && (!unit.Layout.StartsChunk || (!unit.IsCandidate && FollowedByProse(i))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In a collection of blog posts each dateline starts a section named after the post's title line.</summary>
    private void MarkBlogPosts()
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Kind != BlockKind.Dateline)
            {
                continue;
            }

            var title = units[i].Text;
            if (i + 1 < units.Count && (units[i + 1].IsCandidate || units[i + 1].Kind == BlockKind.Heading))
            {
                var post = units[i + 1];
                post.Kind = BlockKind.Heading;
                post.IsCandidate = false;
                title = post.StartsSection ?? SectionTitles.FromHeading(post.Text);
                post.StartsSection = null;
            }

            units[i].StartsSection = title;
        }
    }

    /// <summary>The lines before the first paragraph: title, subtitle, bylines, datelines and perhaps captions.</summary>
    private void MarkTitleBlock()
    {
        var end = firstProse < 0 ? units.Count : firstProse;
        var title = FindTitle(end);
        if (title < 0)
        {
            return;
        }

        units[title].IsTitle = true;
        units[title].Kind = BlockKind.Heading;
        units[title].IsCandidate = false;
        if (units[title].HeadingLevel > 0)
        {
            units[title].StartsSection = null;
        }

        var subtitle = false;
        for (var i = title + 1; i < end; i++)
        {
            var unit = units[i];
            if (!unit.IsCandidate)
            {
                continue;
            }

            unit.IsCandidate = false;
            if (PersonName.IsName(unit.Text))
            {
                unit.Kind = BlockKind.Byline;
                unit.Author = PersonName.Clean(unit.Text);
            }
            else
            {
                unit.Kind = !subtitle || !hasCaptions ? BlockKind.Heading : BlockKind.Caption;
                subtitle = true;
            }
        }
    }

    private int FindTitle(int end)
    {
        if (units.Count == 0)
        {
            return -1;
        }

        // A blog collection's first post title (already a heading) names the document; so does the line under the
        // dateline of a single dated text.
        if (units[0].Kind == BlockKind.Dateline)
        {
            return units.Count > 1 && (units[1].Kind == BlockKind.Heading || units[1].IsCandidate) ? 1 : -1;
        }

        var first = units[0];
        if (first.HeadingLevel == 1)
        {
            return units.Count(u => u.HeadingLevel == 1) == 1 ? 0 : -1;
        }

        for (var i = 0; i < end; i++)
        {
            if (units[i].IsCandidate || (units[i].Kind == BlockKind.Caption && units[i].Layout.Kind == MarkupKind.None))
            {
                return i;
            }

            if (units[i].Kind is not (BlockKind.Dateline or BlockKind.Byline))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Lowercase-styled and all-caps lines before prose are headings ("ter verdediging van oktober", "ONZE ACTIVITEIT").</summary>
    private void MarkStyledHeadings()
    {
        // Backwards, so that a styled heading over another styled heading is recognised too.
        for (var i = units.Count - 1; i >= 0; i--)
        {
            var unit = units[i];
            if (!unit.IsCandidate || !(FollowedByProse(i) || (i + 1 < units.Count && units[i + 1].StartsSection is not null && units[i + 1].HeadingLevel == 0)))
            {
                continue;
            }

            var styled = TextShape.StartsLowercase(unit.Text)
                || (TextShape.IsAllCaps(unit.Text) && unit.Layout.WordCount <= MaxAllCapsHeadingWords);
            if (styled)
            {
                MakeSectionHeading(unit);
            }
        }
    }

    /// <summary>Resolves the remaining short lines, taking consecutive ones (separated by blank lines) together.</summary>
    private void MarkRuns()
    {
        var i = 0;
        while (i < units.Count)
        {
            if (!units[i].IsCandidate)
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < units.Count && units[end].Layout.StartsChunk && (units[end].IsCandidate || units[end].Kind == BlockKind.Byline))
            {
                end++;
            }

            ResolveRun(i, end);
            i = end;
        }
    }

    private void ResolveRun(int start, int end)
    {
        var followed = FollowedByProse(end - 1);
        var trailing = start > lastProse;
        var headings = new List<StructuredUnit>();
        for (var i = start; i < end; i++)
        {
            var unit = units[i];
            if (!unit.IsCandidate)
            {
                continue;
            }

            unit.IsCandidate = false;
            var nearDate = (i > 0 && units[i - 1].Kind == BlockKind.Dateline) || (i + 1 < units.Count && units[i + 1].Kind == BlockKind.Dateline);
            if (!unit.Layout.StartsChunk && i > 0 && units[i - 1].IsProse)
            {
                unit.Kind = BlockKind.Caption;
            }
            else if (PersonName.IsName(unit.Text) && ((end - start > 1 && followed) || trailing || nearDate))
            {
                unit.Kind = BlockKind.Byline;
                unit.Author = PersonName.Clean(unit.Text);
            }
            else
            {
                headings.Add(unit);
            }
        }

        if (headings.Count == 0)
        {
            return;
        }

        // Where the document has captions, only a byline shows that a run of short lines heads a text
        // (an excerpt's title, author and chapter); a run without one is a group of captions.
        var hasByline = units.Skip(start).Take(end - start).Any(u => u.Kind == BlockKind.Byline);
        var isHeading = followed && (!hasCaptions || hasByline);
        foreach (var unit in headings)
        {
            unit.Kind = isHeading ? BlockKind.Heading : BlockKind.Caption;
        }

        if (isHeading)
        {
            // The section starts with the run, so the bylines above its first heading belong to it.
            MakeSectionHeading(headings[0]);
            units[start].StartsSection = headings[0].StartsSection;
            if (units[start] != headings[0])
            {
                headings[0].StartsSection = null;
            }
        }
    }

    /// <summary>A heading directly under another recognised heading is its subheading, not an empty section of its own.</summary>
    private void DemoteStackedHeadings()
    {
        for (var i = 1; i < units.Count; i++)
        {
            var previous = units[i - 1];
            var unit = units[i];
            if (unit.StartsSection is not null && unit.HeadingLevel == 0 && unit.Kind == BlockKind.Heading
                && previous.Kind == BlockKind.Heading && (previous.StartsSection is not null || previous.IsTitle) && previous.HeadingLevel == 0)
            {
                unit.StartsSection = null;
            }
        }
    }

    /// <summary>Blocks under "Bibliography", "Notes", "Literatuur" and the like are references, not prose.</summary>
    private void MarkReferenceSections()
    {
        BlockKind? active = null;
        var activeLevel = 0;
        foreach (var unit in units)
        {
            if (unit.StartsSection is not null)
            {
                var kind = ReferenceHeadings.KindUnder(unit.StartsSection);
                if (kind is not null)
                {
                    active = kind;
                    activeLevel = unit.HeadingLevel;
                    continue;
                }

                if (unit.HeadingLevel == 0 || unit.HeadingLevel <= activeLevel)
                {
                    active = null;
                }
            }

            if (active is { } referenceKind && unit.Kind != BlockKind.Heading)
            {
                unit.Kind = referenceKind;
            }
        }
    }

    /// <summary>Footnotes after the last paragraph get a section of their own, so that reading the text ends with the text.</summary>
    private void MarkTrailingNotes()
    {
        var first = lastProse + 1;
        while (first < units.Count && units[first].Kind != BlockKind.Note)
        {
            first++;
        }

        if (first >= units.Count || units.Skip(first).Any(u => u.Kind != BlockKind.Note) || units.Take(first + 1).Any(u => u.StartsSection is not null && ReferenceHeadings.KindUnder(u.StartsSection) is not null))
        {
            return;
        }

        units[first].StartsSection = ReferenceHeadings.NotesTitle(language);
    }

    private bool FollowedByProse(int index)
    {
        var next = index + 1;
        while (next < units.Count && units[next].Kind is BlockKind.Byline or BlockKind.Dateline)
        {
            next++;
        }

        return next < units.Count && units[next].IsProse;
    }

    private static void MakeSectionHeading(StructuredUnit unit)
    {
        unit.Kind = BlockKind.Heading;
        unit.IsCandidate = false;
        unit.StartsSection = SectionTitles.FromHeading(unit.Text);
    }
}
