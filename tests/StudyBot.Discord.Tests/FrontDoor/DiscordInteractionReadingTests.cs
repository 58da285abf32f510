using System.Text.Json;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Tests.FrontDoor;

public sealed class DiscordInteractionReadingTests
{
    [Fact]
    public void Read_Subcommand_FullNameAndValuesAndFocus()
    {
        using var data = JsonDocument.Parse("""
            {"name":"circle-admin","options":[{"name":"setup","type":1,"options":[
              {"name":"list","type":3,"value":"Spring","focused":true},{"name":"channel","type":7,"value":"444"},{"name":"weeks","type":4,"value":2}]}]}
            """);

        var command = InteractionCommand.Read(data.RootElement);

        Assert.Equal("circle-admin setup", command.Name);
        Assert.Equal("Spring", command.Values["list"]);
        Assert.Equal("444", command.Values["channel"]);
        Assert.Equal("2", command.Values["weeks"]);
        Assert.Equal("list", command.Focused);
    }

    [Theory]
    [InlineData("32", true)]
    [InlineData("8", false)]
    [InlineData("2147483680", true)]
    public void Of_MemberPermissions_ManageServerMakesAdmin(string permissions, bool admin)
    {
        var actor = DiscordActor.Of(Interaction(permissions));

        Assert.Equal(admin, actor.IsPlatformAdmin);
        Assert.Equal("discord:333", actor.CommunityId);
        Assert.Equal("discord:444", actor.ChannelId);
        Assert.Equal("discord:222", actor.UserId);
        Assert.True(actor.HoldsRole("999"));
        Assert.False(actor.HoldsRole("998"));
    }

    private static Interaction Interaction(string permissions)
    {
        using var member = JsonDocument.Parse($$"""{"user":{"id":"222","username":"reader"},"roles":["999"],"permissions":"{{permissions}}"}""");
        return new Interaction
        {
            Id = "1",
            ApplicationId = "2",
            Type = InteractionType.ApplicationCommand,
            Token = "t",
            GuildId = "333",
            ChannelId = "444",
            Member = member.RootElement.Clone(),
            Locale = "nl",
        };
    }
}
