using System.Text.Json.Nodes;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.Tests.Sending;

public sealed class NoticeSplitterTests
{
    [Fact]
    public void Pack_SmallBlocks_OneEvent()
    {
        var events = NoticeSplitter.Pack([NoticeBlock.FromPlain("one"), NoticeBlock.FromPlain("two")]);

        var single = Assert.Single(events);
        Assert.Equal("one\n\ntwo", single.Plain);
        Assert.Equal("<p>one</p><p>two</p>", single.Html);
    }

    [Fact]
    public void Pack_ManyParagraphs_EveryEventUnderTheLimitAndNothingLost()
    {
        var paragraphs = Enumerable.Range(0, 400).Select(i => $"Paragraph {i} \"quoted\" & <b>escaped</b> " + new string('é', 300)).ToList();

        var events = NoticeSplitter.Pack(paragraphs.Select(NoticeBlock.FromPlain));

        Assert.True(events.Count > 1);
        Assert.All(events, e => Assert.True(EventBytes(e) < 65_536, $"An event took {EventBytes(e)} bytes."));
        Assert.Equal(string.Join("\n\n", paragraphs), string.Join("\n\n", events.Select(e => e.Plain)));
    }

    [Fact]
    public void Pack_OneHugeParagraph_CutAtSpacesUnderTheLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => "w" + i));

        var events = NoticeSplitter.Pack([NoticeBlock.FromPlain(words)]);

        Assert.True(events.Count > 1);
        Assert.All(events, e => Assert.True(EventBytes(e) < 65_536));
        Assert.Equal(words, string.Concat(events.Select(e => e.Plain)));
        Assert.All(events.SkipLast(1), e => Assert.EndsWith(" ", e.Plain, StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_HugeParagraphOfEscapedCharacters_EveryEventUnderTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("\"<&\n\u0001", 30_000));

        var events = NoticeSplitter.Pack([NoticeBlock.FromPlain(text)]);

        Assert.All(events, e => Assert.True(EventBytes(e) < 65_536, $"An event took {EventBytes(e)} bytes."));
        Assert.Equal(text, string.Concat(events.Select(e => e.Plain)));
    }

    /// <summary>The event as the server would store it, with a generous envelope.</summary>
    private static int EventBytes(NoticeBlock block)
    {
        var content = MatrixEventContent.Notice(block, new ReplyTarget("$" + new string('a', 43), null));
        var envelope = new JsonObject
        {
            ["content"] = content,
            ["event_id"] = "$" + new string('a', 43),
            ["room_id"] = "!" + new string('r', 40) + ":example.org",
            ["sender"] = "@" + new string('s', 200) + ":example.org",
            ["origin_server_ts"] = 1_700_000_000_000,
            ["type"] = "m.room.message",
            ["signatures"] = new JsonObject { ["example.org"] = new JsonObject { ["ed25519:a"] = new string('x', 86) } },
            ["hashes"] = new JsonObject { ["sha256"] = new string('x', 43) },
            ["unsigned"] = new JsonObject { ["age"] = 1234, ["transaction_id"] = new string('t', 30) },
        };
        return System.Text.Encoding.UTF8.GetByteCount(envelope.ToJsonString());
    }
}
