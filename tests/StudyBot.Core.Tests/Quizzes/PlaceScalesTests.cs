using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class PlaceScalesTests
{
    [Theory]
    [InlineData("Turkey", PlaceScale.Country)]
    [InlineData("Russia", PlaceScale.Country)]
    [InlineData("Kazakhstan", PlaceScale.Country)]
    [InlineData("Germany", PlaceScale.Country)]
    [InlineData("Europe", PlaceScale.Continent)]
    [InlineData("Bursa", PlaceScale.Locality)]
    [InlineData("Petrograd", PlaceScale.Locality)]
    [InlineData("Karaganda", PlaceScale.Locality)]
    public void Of_AnEnglishPlace_KnowsItsScale(string place, PlaceScale scale)
    {
        Assert.Equal(scale, PlaceScales.Of(place, Language.English));
    }

    [Fact]
    public void Of_APlaceInALanguageWithoutNames_IsUnknown()
    {
        Assert.Equal(PlaceScale.Unknown, PlaceScales.Of("Rusland", Language.Dutch));
    }
}
