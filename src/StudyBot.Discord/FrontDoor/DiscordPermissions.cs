using System.Numerics;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// A member's permissions in a channel, computed as Discord's "Permissions" documentation describes: the base from
/// @everyone and the member's roles (Administrator grants everything), then the channel's overwrites in order:
/// @everyone, the member's roles together, the member.
/// </summary>
internal static class DiscordPermissions
{
    public static readonly BigInteger Administrator = BigInteger.One << 3;
    public static readonly BigInteger ViewChannel = BigInteger.One << 10;
    public static readonly BigInteger SendMessages = BigInteger.One << 11;
    public static readonly BigInteger EmbedLinks = BigInteger.One << 14;

    /// <summary>Every bit set: what Administrator amounts to, whatever permissions Discord adds later.</summary>
    public static readonly BigInteger All = BigInteger.MinusOne;

    private const int RoleOverwrite = 0;
    private const int MemberOverwrite = 1;

    /// <param name="guildId">The guild's id, which is also the id of its @everyone role.</param>
    /// <param name="guildRoles">Every role of the guild.</param>
    /// <param name="memberId">The member's user id.</param>
    /// <param name="memberRoles">The ids of the roles the member holds (without @everyone).</param>
    /// <param name="overwrites">The channel's permission overwrites.</param>
    public static BigInteger InChannel(
        string guildId, IReadOnlyList<DiscordRole> guildRoles, string memberId, IReadOnlyCollection<string> memberRoles, IReadOnlyList<PermissionOverwrite> overwrites)
    {
        ArgumentNullException.ThrowIfNull(guildRoles);
        ArgumentNullException.ThrowIfNull(memberRoles);
        ArgumentNullException.ThrowIfNull(overwrites);
        var permissions = guildRoles.Where(r => r.Id == guildId || memberRoles.Contains(r.Id)).Aggregate(BigInteger.Zero, (all, role) => all | Parse(role.Permissions));
        if ((permissions & Administrator) == Administrator)
        {
            return All;
        }

        if (overwrites.FirstOrDefault(o => o.Type == RoleOverwrite && o.Id == guildId) is { } everyone)
        {
            permissions = Apply(permissions, Parse(everyone.Allow), Parse(everyone.Deny));
        }

        // The member's role overwrites count as one: an allow on any of them beats a deny on another.
        var roles = overwrites.Where(o => o.Type == RoleOverwrite && o.Id != guildId && memberRoles.Contains(o.Id)).ToList();
        permissions = Apply(
            permissions,
            roles.Aggregate(BigInteger.Zero, (all, o) => all | Parse(o.Allow)),
            roles.Aggregate(BigInteger.Zero, (all, o) => all | Parse(o.Deny)));
        if (overwrites.FirstOrDefault(o => o.Type == MemberOverwrite && o.Id == memberId) is { } member)
        {
            permissions = Apply(permissions, Parse(member.Allow), Parse(member.Deny));
        }

        return permissions;
    }

    public static bool Has(BigInteger permissions, BigInteger permission) => (permissions & permission) == permission;

    private static BigInteger Apply(BigInteger permissions, BigInteger allow, BigInteger deny) => (permissions & ~deny) | allow;

    private static BigInteger Parse(string? bits) => BigInteger.TryParse(bits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : BigInteger.Zero;
}
