using System.Text.Json;
using StudyBot.Matrix.Events;

namespace StudyBot.Matrix.Tests.Events;

public sealed class MatrixEventTests
{
    [Theory]
    [InlineData("""{"sender":"@a:b","content":{}}""")]
    [InlineData("""{"type":"m.room.message","content":{}}""")]
    [InlineData("""{"type":7,"sender":"@a:b"}""")]
    [InlineData("""[1,2]""")]
    public void TryRead_WithoutTypeOrSender_Null(string json)
    {
        Assert.Null(MatrixEvent.TryRead(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void TryRead_ContentNotAnObject_ReadsAsEmpty()
    {
        var read = MatrixEvent.TryRead(JsonDocument.Parse("""{"type":"m.room.message","sender":"@a:b","content":"x","origin_server_ts":"soon"}""").RootElement);

        Assert.NotNull(read);
        Assert.Null(read.Body);
        Assert.Equal(0, read.OriginServerTs);
    }

    [Theory]
    [InlineData("""{"type":"m.room.redaction","sender":"@a:b","content":{"redacts":"$new"}}""", "$new")]
    [InlineData("""{"type":"m.room.redaction","sender":"@a:b","redacts":"$old","content":{}}""", "$old")]
    public void TryRead_Redaction_FindsTargetInContentOrTopLevel(string json, string target)
    {
        Assert.Equal(target, MatrixEvent.TryRead(JsonDocument.Parse(json).RootElement)!.Redacts);
    }
}
