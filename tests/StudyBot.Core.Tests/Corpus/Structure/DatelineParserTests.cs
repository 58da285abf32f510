using StudyBot.Core.Corpus.Structure;

// "Structure" is a reserved word in Visual Basic (CA1716), so the tests of Corpus/Structure live in "Structures".
namespace StudyBot.Core.Tests.Corpus.Structures;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("Sunday, November 18, 2012", "2012-11-18")]
    [InlineData("Wednesday, November 7, 2012", "2012-11-07")]
    [InlineData("18 November 2012", "2012-11-18")]
    [InlineData("zondag 18 november 2012", "2012-11-18")]
    [InlineData("september 2017", "2017-09")]
    [InlineData("2012-11-18", "2012-11-18")]
    public void Reads_english_and_dutch_dates(string line, string iso)
    {
        Assert.True(DatelineParser.TryParse(line, out var date));
        Assert.Equal(iso, date);
    }

    [Theory]
    [InlineData("The Insurrection of 25 October 1917")]
    [InlineData("February 30, 2012")]
    [InlineData("Red Guards in Petrograd - 1917")]
    [InlineData("In May 1992 the movement defended the monument.")]
    public void Rejects_lines_that_are_more_or_other_than_a_date(string line)
    {
        Assert.False(DatelineParser.TryParse(line, out _));
    }
}
