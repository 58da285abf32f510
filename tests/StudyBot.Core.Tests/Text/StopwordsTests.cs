using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Text;

public sealed class StopwordsTests
{
    [Theory]
    [InlineData("zelfs")]
    [InlineData("alleen")]
    [InlineData("tussen")]
    [InlineData("de")]
    [InlineData("hebben")]
    [InlineData("tijdens")]
    [InlineData("wij")]
    [InlineData("alle")]
    public void IsStopword_CommonDutchWords_AreStopwords(string word)
    {
        Assert.True(Stopwords.IsStopword(word, Language.Dutch));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("however")]
    [InlineData("ourselves")]
    [InlineData("whether")]
    [InlineData("between")]
    public void IsStopword_CommonEnglishWords_AreStopwords(string word)
    {
        Assert.True(Stopwords.IsStopword(word, Language.English));
    }

    [Theory]
    [InlineData("arbeiders", "nl")]
    [InlineData("revolutie", "nl")]
    [InlineData("strike", "en")]
    [InlineData("union", "en")]
    public void IsStopword_ContentWords_AreNot(string word, string language)
    {
        Assert.False(Stopwords.IsStopword(word, Language.FromCode(language)!));
    }
}
