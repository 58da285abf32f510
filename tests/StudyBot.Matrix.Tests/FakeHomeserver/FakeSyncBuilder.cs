using System.Text.Json.Nodes;

namespace StudyBot.Matrix.Tests.FakeHomeserver;

/// <summary>
/// Builds one <c>/sync</c> response from the fake server's rooms: the bot's invites, joined rooms (a timeline of at
/// most <c>limit</c> events, <c>limited</c> with a <c>prev_batch</c> when more happened) and rooms it left.
/// </summary>
internal sealed class FakeSyncBuilder(IEnumerable<FakeRoom> rooms, string bot, long since, long now, int limit, bool stateAfter)
{
    public JsonObject Build()
    {
        var join = new JsonObject();
        var invite = new JsonObject();
        var leave = new JsonObject();
        foreach (var room in rooms)
        {
            var membership = room.MembershipOf(bot);
            var changedHere = room.Events.Any(e => e.Position > since);
            if (!changedHere && since >= 0)
            {
                continue;
            }

            switch (membership)
            {
                case "invite" when since < 0 || room.Events.Any(e => e.Position > since && e.Type == "m.room.member" && e.StateKey == bot):
                    invite[room.Id] = new JsonObject
                    {
                        ["invite_state"] = new JsonObject
                        {
                            ["events"] = new JsonArray(room.State.Values
                                .Where(e => e.Type is "m.room.create" or "m.room.encryption" or "m.room.name" || (e.Type == "m.room.member" && e.StateKey == bot))
                                .Select(Stripped).ToArray()),
                        },
                    };
                    break;
                case "join":
                    join[room.Id] = Joined(room);
                    break;
                case "leave" or "ban" when since >= 0 && room.Events.Any(e => e.Position > since && e.Type == "m.room.member" && e.StateKey == bot):
                    var left = room.Events.Where(e => e.Position > since && room.MembershipAt(bot, e.Position - 1) == "join"
                        || (e.Type == "m.room.member" && e.StateKey == bot && e.Position > since)).ToList();
                    leave[room.Id] = new JsonObject
                    {
                        ["timeline"] = new JsonObject { ["events"] = Array(left), ["limited"] = false },
                        ["state"] = new JsonObject { ["events"] = new JsonArray() },
                    };
                    break;
            }
        }

        return new JsonObject
        {
            ["next_batch"] = $"s{now}",
            ["rooms"] = new JsonObject { ["join"] = join, ["invite"] = invite, ["leave"] = leave },
        };
    }

    private JsonObject Joined(FakeRoom room)
    {
        var joinedAt = room.Events.Last(e => e.Type == "m.room.member" && e.StateKey == bot && e.Membership == "join").Position;
        var fresh = since < 0 || joinedAt > since;
        var visible = room.Events.Where(e => e.Position > since && e.Position >= joinedAt).ToList();
        var timeline = visible.TakeLast(limit).ToList();
        var limited = visible.Count > timeline.Count;
        var result = new JsonObject
        {
            ["timeline"] = new JsonObject
            {
                ["events"] = Array(timeline),
                ["limited"] = limited,
                ["prev_batch"] = timeline.Count > 0 ? $"p{timeline[0].Position - 1}" : $"s{now}",
            },
        };

        if (stateAfter)
        {
            result["state_after"] = new JsonObject { ["events"] = room.StateJson() };
        }
        else
        {
            // State before the timeline: all of it for a room new to this sync, else what changed in the gap.
            var timelineStart = timeline.Count > 0 ? timeline[0].Position : long.MaxValue;
            result["state"] = new JsonObject
            {
                ["events"] = fresh
                    ? room.StateJson(e => e.Position < timelineStart)
                    : room.StateJson(e => e.Position > since && e.Position < timelineStart),
            };
        }

        return result;
    }

    private static JsonArray Array(IEnumerable<FakeEvent> events) => new(events.Select(e => (JsonNode)e.Json.DeepClone()).ToArray());

    private static JsonNode Stripped(FakeEvent stateEvent) => new JsonObject
    {
        ["type"] = stateEvent.Type,
        ["state_key"] = stateEvent.StateKey,
        ["sender"] = stateEvent.Sender,
        ["content"] = stateEvent.Content.DeepClone(),
    };
}
