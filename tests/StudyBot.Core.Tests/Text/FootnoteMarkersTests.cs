using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Text;

public sealed class FootnoteMarkersTests
{
    [Theory]
    [InlineData("The cells were formed in 1924.[22] They grew.", "The cells were formed in 1924. They grew.")]
    [InlineData("street cells [1].", "street cells.")]
    [InlineData("as Foster wrote[n 3] in his history", "as Foster wrote in his history")]
    public void Remove_DropsNumberedNoteReferences(string text, string expected) =>
        Assert.Equal(expected, FootnoteMarkers.Remove(text));

    [Theory]
    [InlineData("A bronzed figure he was [Mstislavsky relates], with brusque gestures.")]
    [InlineData("The list [a, b] and the year 1917 stay.")]
    [InlineData("No brackets at all.")]
    public void Remove_KeepsEditorialBracketsAndPlainText(string text) =>
        Assert.Equal(text, FootnoteMarkers.Remove(text));

    [Fact]
    public void Contains_TellsWhetherAMarkerIsPresent()
    {
        Assert.True(FootnoteMarkers.Contains("It ended.[22]"));
        Assert.False(FootnoteMarkers.Contains("It ended [Serge notes]."));
    }
}
