using System.Text.Json.Nodes;

namespace StudyBot.Matrix.Sending;

/// <summary>Builds the content of the events the bot sends. Every one carries an empty <c>m.mentions</c>: the bot never pings.</summary>
internal static class MatrixEventContent
{
    public static JsonObject Notice(NoticeBlock block, ReplyTarget? replyTo)
    {
        var content = new JsonObject
        {
            ["msgtype"] = "m.notice",
            ["body"] = RoomMentionGuard.Neutralise(block.Plain),
            ["format"] = "org.matrix.custom.html",
            ["formatted_body"] = RoomMentionGuard.Neutralise(block.Html),
            ["m.mentions"] = new JsonObject(),
        };
        if (replyTo is not null)
        {
            content["m.relates_to"] = replyTo.ThreadRootId is { } root
                ? new JsonObject
                {
                    ["rel_type"] = "m.thread",
                    ["event_id"] = root,
                    ["is_falling_back"] = false,
                    ["m.in_reply_to"] = new JsonObject { ["event_id"] = replyTo.EventId },
                }
                : new JsonObject { ["m.in_reply_to"] = new JsonObject { ["event_id"] = replyTo.EventId } };
        }

        return content;
    }

    public static JsonObject Reaction(string eventId, string key) =>
        new()
        {
            ["m.relates_to"] = new JsonObject { ["rel_type"] = "m.annotation", ["event_id"] = eventId, ["key"] = key },
            ["m.mentions"] = new JsonObject(),
        };
}
