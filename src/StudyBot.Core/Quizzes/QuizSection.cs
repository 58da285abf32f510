using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;

namespace StudyBot.Core.Quizzes;

/// <summary>A section of a text that a section question may name, with the passages it may show from it.</summary>
/// <param name="Section">The section.</param>
/// <param name="Passages">Quotable runs of the section that share no sentence and make a fair question, in reading order.</param>
/// <param name="FoldedTitle">The heading folded, to tell headings that hold one another.</param>
/// <param name="TitleWords">The stems of the heading's words that say what it is about.</param>
internal sealed record QuizSection(Section Section, IReadOnlyList<QuoteCandidate> Passages, string FoldedTitle, IReadOnlySet<string> TitleWords)
{
    /// <summary>The heading as the reader sees it in <c>/read</c>: "is de klassenoorlog voorbij?" reads "Is de klassenoorlog voorbij?".</summary>
    public string Title => Section.Title;
}
