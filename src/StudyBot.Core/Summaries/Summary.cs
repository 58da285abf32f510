using StudyBot.Core.Corpus;

namespace StudyBot.Core.Summaries;

/// <summary>An extractive summary of a document or section.</summary>
/// <param name="Document">The summarised document.</param>
/// <param name="Section">The summarised section, or null for the whole document.</param>
/// <param name="Sentences">The chosen sentences, in document order.</param>
/// <param name="KeyTerms">The terms that characterise the text, best first.</param>
/// <param name="WordCount">Words in the summarised text, counted as /documents and /read count them.</param>
public sealed record Summary(Document Document, Section? Section, IReadOnlyList<Sentence> Sentences, IReadOnlyList<string> KeyTerms, int WordCount)
{
    /// <summary>How long the full text takes to read.</summary>
    public TimeSpan ReadingTime => ReadingPace.For(WordCount);
}
