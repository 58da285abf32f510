namespace StudyBot.Core.Corpus.Sentences;

/// <summary>Splits a paragraph of normalised text into sentences.</summary>
public sealed class SentenceSegmenter
{
    public IReadOnlyList<string> Split(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
