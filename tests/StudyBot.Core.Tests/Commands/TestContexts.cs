using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

/// <summary>Command contexts for a terminal user, members of a Discord channel and members of a room without private replies.</summary>
internal static class TestContexts
{
    public static CommandContext Terminal { get; } = new("terminal", "terminal:local", "terminal:console", "terminal:me", "me", IsModerator: true)
    {
        Capabilities = new PlatformCapabilities('/', HasPrivateReplies: true, IsPersonal: true),
    };

    public static CommandContext Member(string name, string channel = "discord:channel-1", bool moderator = false) =>
        new("discord", "discord:guild-1", channel, "discord:" + name, name, moderator)
        {
            Capabilities = new PlatformCapabilities('/', HasPrivateReplies: true, IsPersonal: false),
        };

    /// <summary>A member of a shared room where every reply is seen by all (a Matrix room), commands typed with '!'.</summary>
    public static CommandContext RoomMember(string name) =>
        new("chat", "chat:community", "chat:room", "chat:" + name, name, IsModerator: false)
        {
            Capabilities = new PlatformCapabilities('!', HasPrivateReplies: false, IsPersonal: false),
        };
}
