using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Normalisation;

namespace StudyBot.Core.Tests.Corpus.Normalisation;

/// <summary>A thread counts its next text in the dictionary the last one emptied; no count may carry over.</summary>
public sealed class WordEvidenceTests
{
    [Fact]
    public void A_text_counted_after_another_on_the_same_thread_sees_only_its_own_words()
    {
        using (var first = Evidence("Solidarity and solidarity again."))
        {
            Assert.Equal(2, first.Count("solidarity"));
        }

        using var second = Evidence("The strike went on.");

        Assert.Equal(0, second.Count("solidarity"));
        Assert.Equal(1, second.Count("strike"));
    }

    [Fact]
    public void Refuses_to_count_once_disposed()
    {
        var evidence = Evidence("Workers' councils.");
        evidence.Dispose();

        Assert.Throws<ObjectDisposedException>(() => evidence.Count("councils"));
    }

    private static WordEvidence Evidence(string text) => new(CharacterCleaner.Clean(SourceText.FromString(text)));
}
