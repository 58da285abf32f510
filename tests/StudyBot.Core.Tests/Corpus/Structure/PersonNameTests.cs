using StudyBot.Core.Corpus.Structure;

// "Structure" is a reserved word in Visual Basic (CA1716), so the tests of Corpus/Structure live in "Structures".
namespace StudyBot.Core.Tests.Corpus.Structures;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Alpaslan Savaş")]
    [InlineData("M. Ismailov")]
    [InlineData("Victor Serge")]
    [InlineData("Internationale Kommunistische Stroming,")]
    [InlineData("Jan van der Berg")]
    public void Recognises_name_lines(string line)
    {
        Assert.True(PersonName.IsName(line));
    }

    [Theory]
    [InlineData("Peter and Paul Fortress")]
    [InlineData("Oyak-Renault factory")]
    [InlineData("ONZE ACTIVITEIT")]
    [InlineData("Membership")]
    [InlineData("Aleppo 2016")]
    public void Rejects_lines_that_are_not_names(string line)
    {
        Assert.False(PersonName.IsName(line));
    }

    [Theory]
    [InlineData("By Kemal Ülker", "Kemal Ülker")]
    [InlineData("Door Jan de Vries", "Jan de Vries")]
    public void Reads_bylines(string line, string name)
    {
        Assert.True(PersonName.TryParseByline(line, out var author));
        Assert.Equal(name, author);
    }
}
