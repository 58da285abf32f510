using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Normalisation;

namespace StudyBot.Core.Tests.Corpus.Normalisation;

public sealed class WordEvidenceTests
{
    [Fact]
    public void Counts_a_word_in_any_case_accents_and_curly_apostrophes_included()
    {
        using var evidence = Evidence("Één TÜRK-Metal. SHLYAPNIKOV’S één Türk-metal Shlyapnikov’s plan.");

        Assert.Equal(2, evidence.Count("één"));
        Assert.Equal(2, evidence.CountHyphenated("türk", "metal"));
        Assert.Equal(2, evidence.Count("shlyapnikov’s"));
        Assert.Equal(0, evidence.Count("shlyapnikov"));
    }

    // A thread counts its next text in the dictionary the last one emptied; no count may carry over.
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
