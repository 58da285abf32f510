using System.Numerics;
using System.Text.Json;
using StudyBot.Core.Commands;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.FrontDoor;

/// <summary>Who acts in an interaction and where, in the core's terms: Manage Server makes a moderator.</summary>
internal static class DiscordActor
{
    /// <summary>Discord's MANAGE_GUILD permission bit.</summary>
    public static readonly BigInteger ManageServer = 1 << 5;

    public static PlatformCapabilities Capabilities { get; } = new('/', HasPrivateReplies: true, IsPersonal: false);

    public static CommandActor Of(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var member = interaction.Member;
        var user = member is { } m && m.TryGetProperty("user", out var u) ? u : interaction.User;
        var userId = String(user, "id") ?? "0";
        var name = String(member, "nick") ?? String(user, "global_name") ?? String(user, "username") ?? userId;
        var roles = member is { } withRoles && withRoles.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(role => role.GetString()).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
        var admin = interaction.GuildId is not null
            && BigInteger.TryParse(String(member, "permissions"), out var permissions)
            && (permissions & ManageServer) == ManageServer;
        // A direct message is a community of its own: the person and the bot.
        var community = interaction.GuildId ?? "dm-" + userId;
        var channel = interaction.ChannelId ?? community;
        return new CommandActor(
            DiscordPlatformValues.Platform,
            Qualify(community),
            Qualify(channel),
            Qualify(userId),
            name,
            admin,
            role => roles.Contains(role),
            interaction.Locale ?? interaction.GuildLocale,
            Capabilities,
            DiscordPlatformValues.Instance);
    }

    private static string Qualify(string id) => DiscordPlatformValues.Platform + ":" + id;

    private static string? String(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
