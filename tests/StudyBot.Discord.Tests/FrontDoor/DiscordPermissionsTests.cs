using System.Numerics;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>A member's channel permissions as Discord's Permissions documentation computes them.</summary>
public sealed class DiscordPermissionsTests
{
    private const string Guild = "100";
    private const string Member = "200";
    private const string Readers = "301";
    private const string Bots = "302";

    private static readonly BigInteger View = DiscordPermissions.ViewChannel;
    private static readonly BigInteger Send = DiscordPermissions.SendMessages;
    private static readonly BigInteger Embed = DiscordPermissions.EmbedLinks;

    [Fact]
    public void InChannel_NoOverwrites_EveryoneAndTheMembersRolesTogether()
    {
        var permissions = InChannel([Role(Guild, View), Role(Readers, Send), Role(Bots, Embed)], [Readers], []);

        Assert.Equal(View | Send, permissions);
    }

    [Fact]
    public void InChannel_AdministratorRole_EverythingDespiteADenyingOverwrite()
    {
        var permissions = InChannel([Role(Guild, 0), Role(Bots, DiscordPermissions.Administrator)], [Bots], [Overwrite(Member, 1, 0, View | Send)]);

        Assert.True(DiscordPermissions.Has(permissions, View | Send | Embed));
    }

    [Fact]
    public void InChannel_EveryoneOverwriteDenies_TheBaseLosesIt()
    {
        var permissions = InChannel([Role(Guild, View | Send)], [], [Overwrite(Guild, 0, 0, Send)]);

        Assert.Equal(View, permissions);
    }

    [Fact]
    public void InChannel_RoleOverwriteAllowsWhatEveryoneOverwriteDenies_RoleWins()
    {
        var permissions = InChannel([Role(Guild, View | Send), Role(Bots, 0)], [Bots], [Overwrite(Guild, 0, 0, View | Send), Overwrite(Bots, 0, View, 0)]);

        Assert.Equal(View, permissions);
    }

    [Fact]
    public void InChannel_OneRoleOverwriteAllowsAnotherDenies_AllowWins()
    {
        var permissions = InChannel([Role(Guild, View), Role(Readers, 0), Role(Bots, 0)], [Readers, Bots], [Overwrite(Readers, 0, 0, Send), Overwrite(Bots, 0, Send, 0)]);

        Assert.Equal(View | Send, permissions);
    }

    [Fact]
    public void InChannel_MemberOverwriteDenies_BeatsTheRoleOverwritesAllow()
    {
        var permissions = InChannel([Role(Guild, View), Role(Bots, 0)], [Bots], [Overwrite(Bots, 0, Send | Embed, 0), Overwrite(Member, 1, 0, Embed)]);

        Assert.Equal(View | Send, permissions);
    }

    [Fact]
    public void InChannel_OverwritesOfRolesTheMemberLacksAndOfOtherMembers_Ignored()
    {
        var permissions = InChannel([Role(Guild, View | Send), Role(Readers, 0)], [], [Overwrite(Readers, 0, 0, View), Overwrite("999", 1, 0, Send)]);

        Assert.Equal(View | Send, permissions);
    }

    [Fact]
    public void InChannel_RoleAndMemberShareAnId_OverwriteTypeDecides()
    {
        // A member overwrite whose id happens to equal a role id the member holds counts only as the member's.
        var permissions = InChannel([Role(Guild, View | Send), Role(Member, 0)], [Member], [Overwrite(Member, 0, 0, 0), Overwrite(Member, 1, 0, Send)]);

        Assert.Equal(View, permissions);
    }

    private static BigInteger InChannel(DiscordRole[] roles, string[] memberRoles, PermissionOverwrite[] overwrites) =>
        DiscordPermissions.InChannel(Guild, roles, Member, memberRoles, overwrites);

    private static DiscordRole Role(string id, BigInteger permissions) => new(id, "role-" + id, permissions.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static PermissionOverwrite Overwrite(string id, int type, BigInteger allow, BigInteger deny) =>
        new(id, type, allow.ToString(System.Globalization.CultureInfo.InvariantCulture), deny.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
