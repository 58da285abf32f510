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

    [Fact]
    public void Counts_a_word_broken_at_a_line_end_as_its_repair_writes_it()
    {
        using var evidence = Evidence("klaarheid over de gebeurtenis-\nsen in Rusland, met hun co-\nworkers en co-workers.");

        Assert.Equal(1, evidence.Count("gebeurtenissen"));
        Assert.Equal(0, evidence.Count("sen"));
        Assert.Equal(2, evidence.CountHyphenated("co", "workers"));
        Assert.Equal(0, evidence.CountJoined("co", "workers"));
    }

    [Fact]
    public void Counts_the_inflected_forms_of_a_joined_word()
    {
        using var evidence = Evidence("The defences held, the defence fell, and gebeurtenissen in Rusland.");

        Assert.Equal(2, evidence.CountJoined("de", "fence"));
        Assert.Equal(1, evidence.CountJoined("gebeurte", "nis"));
        Assert.Equal(0, evidence.CountJoined("fen", "ce"));
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
