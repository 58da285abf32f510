using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Languages;

namespace StudyBot.Core.Tests.Corpus.Languages;

public sealed class LanguageDetectorTests
{
    [Fact]
    public void Detects_dutch()
    {
        Assert.Equal(Language.Dutch, LanguageDetector.Detect(["De arbeidersklasse zal de lessen uit haar eigen geschiedenis nodig hebben, omdat het kapitaal niet meer kan."]));
    }

    [Fact]
    public void Detects_english()
    {
        Assert.Equal(Language.English, LanguageDetector.Detect(["The Workers' Opposition was a faction of the Russian Communist Party that emerged in 1920."]));
    }

    [Fact]
    public void Falls_back_to_english_without_function_words()
    {
        Assert.Equal(Language.English, LanguageDetector.Detect(["Kazakhstan 1995"]));
    }

    [Fact]
    public void Detects_the_language_of_an_imported_text_without_a_catalog()
    {
        var document = CorpusTestSupport.Import("Manifest\n\nHet proletariaat heeft zijn laatste woord nog niet gesproken. Dit is niet het einde.\n");

        Assert.Equal(Language.Dutch, document.Language);
    }
}
