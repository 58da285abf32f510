namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>What normalisation learned about a line beyond its characters.</summary>
internal enum LineMark
{
    None,

    /// <summary>The line began with a bullet glyph the PDF extraction turned into letters ("zzSinds ..."); the glyph is cut off.</summary>
    GlyphBullet,

    /// <summary>A running page header or footer stood here; it was removed and counts as a blank line and a page break.</summary>
    PageFurniture,
}

/// <summary>One cleaned line: a range of the normalised buffer. Blank lines have length zero.</summary>
internal readonly record struct TextLine(int Start, int Length, LineMark Mark = LineMark.None)
{
    public bool IsBlank => Length == 0;
}
