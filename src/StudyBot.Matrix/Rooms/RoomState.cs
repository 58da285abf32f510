using System.Text.Json;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Rooms;

/// <summary>What the bot knows of one joined room's state: power levels, creators, version, encryption.</summary>
internal sealed class RoomState(string roomId)
{
    private readonly Lock gate = new();
    private Dictionary<string, long> userLevels = new(StringComparer.Ordinal);
    private long usersDefault;
    private long stateDefault = 50;
    private bool hasPowerLevels;
    private HashSet<string> creators = new(StringComparer.Ordinal);

    public string RoomId { get; } = roomId;

    public string? RoomVersion { get; private set; }

    public bool IsEncrypted { get; private set; }

    public string? ReplacementRoomId { get; private set; }

    /// <summary>Applies one state event; events of other types or shapes are ignored.</summary>
    public void Apply(MatrixEvent stateEvent)
    {
        if (!stateEvent.IsState || stateEvent.StateKey != "")
        {
            return;
        }

        lock (gate)
        {
            switch (stateEvent.Type)
            {
                case MatrixEventTypes.PowerLevels:
                    ApplyPowerLevels(stateEvent.Content);
                    break;
                case MatrixEventTypes.Create:
                    RoomVersion = Json.String(stateEvent.Content, "room_version") ?? "1";
                    creators = new HashSet<string>(StringComparer.Ordinal) { stateEvent.Sender };
                    foreach (var extra in Json.Array(stateEvent.Content, "additional_creators").Where(c => c.ValueKind == JsonValueKind.String))
                    {
                        creators.Add(extra.GetString()!);
                    }

                    break;
                case MatrixEventTypes.Encryption:
                    IsEncrypted = true;
                    break;
                case MatrixEventTypes.Tombstone:
                    ReplacementRoomId = Json.String(stateEvent.Content, "replacement_room");
                    break;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="userId"/> may run moderator commands: power level at least
    /// <paramref name="configuredLevel"/>, else the room's <c>state_default</c>. In room version 12 the creators
    /// outrank everyone without being listed.
    /// </summary>
    public bool IsModerator(string userId, long? configuredLevel)
    {
        lock (gate)
        {
            if (CreatorsHaveInfinitePower && creators.Contains(userId))
            {
                return true;
            }

            return LevelOf(userId) >= (configuredLevel ?? stateDefault);
        }
    }

    public long PowerLevelOf(string userId)
    {
        lock (gate)
        {
            return LevelOf(userId);
        }
    }

    private bool CreatorsHaveInfinitePower => RoomVersion is not null && int.TryParse(RoomVersion, out var version) && version >= 12;

    private long LevelOf(string userId)
    {
        if (userLevels.TryGetValue(userId, out var level))
        {
            return level;
        }

        // Without a power levels event, the spec gives the creator 100 and everyone else 0.
        return hasPowerLevels ? usersDefault : creators.Contains(userId) ? 100 : 0;
    }

    private void ApplyPowerLevels(JsonElement content)
    {
        hasPowerLevels = true;
        usersDefault = Json.Long(content, "users_default") ?? 0;
        stateDefault = Json.Long(content, "state_default") ?? 50;
        var levels = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var user in Json.Properties(content, "users"))
        {
            if (Json.Number(user.Value) is { } level)
            {
                levels[user.Name] = level;
            }
        }

        userLevels = levels;
    }
}
