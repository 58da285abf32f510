namespace StudyBot.Matrix.Events;

/// <summary>Event types the client reads or writes.</summary>
internal static class MatrixEventTypes
{
    public const string Message = "m.room.message";
    public const string Reaction = "m.reaction";
    public const string Redaction = "m.room.redaction";
    public const string Member = "m.room.member";
    public const string PowerLevels = "m.room.power_levels";
    public const string Create = "m.room.create";
    public const string Encryption = "m.room.encryption";
    public const string Tombstone = "m.room.tombstone";
    public const string Encrypted = "m.room.encrypted";
}
