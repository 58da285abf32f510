using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteRulesTests
{
    [Theory]
    [InlineData("This was the final straw for the workers.", "en")]
    [InlineData("However, workers have conventionally been the strongest at places of production.", "en")]
    [InlineData("They used to share their problems with their co-workers.", "en")]
    [InlineData("In response to this, the former members of the committee formed the opposition.", "en")]
    [InlineData("At that time, the majority of trade unions believed in the end of hostilities.", "en")]
    [InlineData("Hij beweert immers dat de USSR de erfgenaam is.", "nl")]
    [InlineData("Maar voor de arbeiders hield de Oktoberrevolutie de belofte in van een nieuwe wereld.", "nl")]
    [InlineData("Dit was geen ijle droom.", "nl")]
    [InlineData("Apparently, it was not easy for the party.", "en")]
    [InlineData("Pushing away from these positions all national democrats.", "en")]
    [InlineData("Verder in deze tekst komen wij terug op een aantal fouten.", "nl")]
    public void PointsBack_SentencesThatLeanOnTheOneBefore_AreRecognised(string sentence, string language)
    {
        Assert.True(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("The union must resign, chanted hundreds of workers on Monday night.", "en")]
    [InlineData("In September 1920, at the 9th Congress, there was a new flash of activity.", "en")]
    [InlineData("In 2017 blijft de Russische Revolutie een cruciale gebeurtenis.", "nl")]
    public void PointsBack_SentencesThatStandAlone_AreAccepted(string sentence, string language)
    {
        Assert.False(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("The union must resign.", true)]
    [InlineData("“The union must resign,” chanted the workers.", true)]
    [InlineData("1,500 angry auto workers stopped work.", true)]
    [InlineData("and the workers stopped work.", false)]
    [InlineData("(Leo Trotzki, Geschiedenis van de Russische Revolutie, deel 3).", false)]
    public void StartsLikeASentence_NeedsACapitalAndNoCitationBracket(string text, bool starts)
    {
        Assert.Equal(starts, QuoteRules.StartsLikeASentence(text));
    }

    [Theory]
    [InlineData("He said “no to the deal.", false)]
    [InlineData("The movement (RDKS was founded.", false)]
    [InlineData("The union said) nothing.", false)]
    [InlineData("The \"union must resign, chanted the workers.", false)]
    [InlineData("The workers’ union is strong.", true)]
    [InlineData("De oorlog ging door ‘tot de overwinning’ van de tsaar.", true)]
    [InlineData("\"The union must resign,\" chanted hundreds of workers.", true)]
    [InlineData("The Council of People's Commissars met (in Moscow).", true)]
    public void IsBalanced_ChecksQuotesAndBrackets(string text, bool balanced)
    {
        Assert.Equal(balanced, QuoteRules.IsBalanced(text));
    }

    [Theory]
    [InlineData("The union must resign.", true)]
    [InlineData("Was it worth it?", true)]
    [InlineData("He said “enough.”", true)]
    [InlineData("It is sufficient to recall the years after the October Revolution.[1]", false)]
    [InlineData("The decision annulling the case emphasized that", false)]
    public void EndsLikeASentence_NeedsTerminalPunctuation(string text, bool ends)
    {
        Assert.Equal(ends, QuoteRules.EndsLikeASentence(text));
    }
}
