using System.Text.Json.Nodes;

namespace StudyBot.Matrix.Tests.FakeHomeserver;

/// <summary>A room of the fake server: its events, current state and the bot's membership over time.</summary>
public sealed class FakeRoom(string id)
{
    public string Id { get; } = id;

    public List<FakeEvent> Events { get; } = [];

    public Dictionary<(string Type, string StateKey), FakeEvent> State { get; } = [];

    public string? MembershipOf(string userId) =>
        State.TryGetValue(("m.room.member", userId), out var member) ? member.Membership : null;

    /// <summary>The membership of <paramref name="userId"/> right after the event at <paramref name="position"/>.</summary>
    public string? MembershipAt(string userId, long position) =>
        Events.LastOrDefault(e => e.Position <= position && e.Type == "m.room.member" && e.StateKey == userId)?.Membership;

    public JsonArray StateJson(Func<FakeEvent, bool>? where = null) =>
        new(State.Values.Where(where ?? (_ => true)).OrderBy(e => e.Position).Select(e => (JsonNode)e.Json.DeepClone()).ToArray());
}
