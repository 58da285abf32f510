using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

/// <summary>Command contexts for a terminal user and for members of a Discord channel.</summary>
internal static class TestContexts
{
    public static CommandContext Terminal { get; } = new("terminal", "terminal:local", "terminal:console", "terminal:me", "me", IsModerator: true)
    {
        Capabilities = new PlatformCapabilities('/', HasPrivateReplies: true, IsPersonal: true, ShowsInstantsInReaderZone: false),
    };

    public static CommandContext Member(string name, string channel = "discord:channel-1", bool moderator = false) =>
        new("discord", "discord:guild-1", channel, "discord:" + name, name, moderator);
}
