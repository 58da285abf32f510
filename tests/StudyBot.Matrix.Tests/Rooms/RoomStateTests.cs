using System.Text.Json;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.Tests.Rooms;

public sealed class RoomStateTests
{
    private const string Creator = "@creator:example.org";
    private const string Mod = "@mod:example.org";
    private const string Member = "@member:example.org";

    [Fact]
    public void IsModerator_AtStateDefault_True()
    {
        var room = Room("11", $$"""{"users":{"{{Creator}}":100,"{{Mod}}":50},"state_default":50}""");

        Assert.True(room.IsModerator(Mod, null));
        Assert.False(room.IsModerator(Member, null));
    }

    [Fact]
    public void IsModerator_ConfiguredLevel_OverridesStateDefault()
    {
        var room = Room("11", $$"""{"users":{"{{Mod}}":50},"state_default":50}""");

        Assert.False(room.IsModerator(Mod, configuredLevel: 75));
    }

    [Fact]
    public void IsModerator_LevelsAsStrings_ReadLeniently()
    {
        var room = Room("1", $$"""{"users":{"{{Mod}}":"60"},"state_default":"50","users_default":"0"}""");

        Assert.True(room.IsModerator(Mod, null));
        Assert.Equal(60, room.PowerLevelOf(Mod));
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("11", false)]
    public void IsModerator_CreatorUnlistedInPowerLevels_OnlyInVersion12(string version, bool expected)
    {
        var room = Room(version, $$"""{"users":{"{{Mod}}":50},"state_default":50}""", additionalCreator: Member);

        Assert.Equal(expected, room.IsModerator(Creator, null));
        Assert.Equal(expected, room.IsModerator(Member, null));
    }

    [Fact]
    public void IsModerator_NoPowerLevelsEvent_CreatorCounts()
    {
        var room = new RoomState("!r:example.org");
        room.Apply(State("m.room.create", Creator, """{"room_version":"10"}"""));

        Assert.True(room.IsModerator(Creator, null));
        Assert.False(room.IsModerator(Member, null));
    }

    private static RoomState Room(string version, string powerLevels, string? additionalCreator = null)
    {
        var room = new RoomState("!r:example.org");
        var create = additionalCreator is null
            ? $$"""{"room_version":"{{version}}"}"""
            : $$"""{"room_version":"{{version}}","additional_creators":["{{additionalCreator}}"]}""";
        room.Apply(State("m.room.create", Creator, create));
        room.Apply(State("m.room.power_levels", Creator, powerLevels));
        return room;
    }

    private static MatrixEvent State(string type, string sender, string content) =>
        MatrixEvent.TryRead(JsonDocument.Parse($$"""{"type":"{{type}}","sender":"{{sender}}","state_key":"","event_id":"$x","content":{{content}}}""").RootElement)!;
}
