using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class TermShapesTests
{
    [Theory]
    [InlineData("heersende", TermShape.InflectedAdjective)]
    [InlineData("volgende", TermShape.InflectedAdjective)]
    [InlineData("proletarische", TermShape.InflectedAdjective)]
    [InlineData("ellende", TermShape.SingularNoun)]
    [InlineData("macht", TermShape.SingularNoun)]
    [InlineData("arbeiders", TermShape.PluralNoun)]
    public void Of_DutchWords_TellsParticiplesFromNouns(string term, TermShape shape) =>
        Assert.Equal(shape, TermShapes.Of(term, Language.Dutch));
}
