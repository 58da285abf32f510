using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quotes;

/// <summary>One to three consecutive sentences of a paragraph that read on their own.</summary>
/// <param name="Document">Where the quote comes from.</param>
/// <param name="Block">The paragraph holding it.</param>
/// <param name="FirstSentence">Index of its first sentence in <see cref="Document.Sentences"/>.</param>
/// <param name="SentenceCount">How many sentences it has.</param>
/// <param name="Text">The sentences joined.</param>
public sealed record QuoteCandidate(Document Document, Block Block, int FirstSentence, int SentenceCount, string Text)
{
    /// <summary>Names the quote in <c>/context</c> and in the channel's memory of the last quote.</summary>
    public string Reference => $"{Document.Slug}#{FirstSentence}";
}
