using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Text;

public sealed class QuotationMarksTests
{
    [Theory]
    [InlineData("“Solidarity” Workers Movement of Kazakhstan (RDKS)", "‘Solidarity’ Workers Movement of Kazakhstan (RDKS)")]
    [InlineData("In June, _____, “the first RDK congress gathered in Karaganda”.", "In June, _____, ‘the first RDK congress gathered in Karaganda’.")]
    [InlineData("the real face of the \"workers defenders\".", "the real face of the ‘workers defenders’.")]
    [InlineData("Workers' Opposition", "Workers' Opposition")]
    public void Nested_DoubleMarks_BecomeSingleOnes(string text, string expected) =>
        Assert.Equal(expected, QuotationMarks.Nested(text));
}
