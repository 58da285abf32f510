using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Excerpts;

/// <summary>A passage that may be posted as a daily excerpt.</summary>
/// <param name="Key">Stable across restarts and re-imports of the same text ("slug#sentenceIndex"); the deck remembers it.</param>
/// <param name="Text">The passage.</param>
/// <param name="Source">Its attribution.</param>
/// <param name="SectionIndex">The section it comes from, so a reading-list item naming a section can keep to it.</param>
public sealed record ExcerptCandidate(string Key, string Text, Attribution Source, int SectionIndex);

/// <summary>The passages of a document that are eligible as excerpts.</summary>
/// <remarks>An interface so that the quote feature's notion of a quotable passage can replace the simple one.</remarks>
public interface IExcerptSource
{
    IReadOnlyList<ExcerptCandidate> Candidates(Document document);
}
