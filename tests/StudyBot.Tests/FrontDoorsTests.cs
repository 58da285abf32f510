using Microsoft.Extensions.Hosting;
using StudyBot.Terminal;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Tests;

public sealed class FrontDoorsTests
{
    [Fact]
    public void AddFrontDoors_NoPlatformConfigured_OpensTheTerminal()
    {
        Assert.True(OpensTerminal([]));
    }

    [Theory]
    [InlineData("StudyBot:Discord:Token=abc")]
    [InlineData("StudyBot:Matrix:Homeserver=https://matrix.example.org")]
    public void AddFrontDoors_PlatformConfigured_LeavesTheTerminalClosed(string setting)
    {
        Assert.False(OpensTerminal([setting]));
    }

    [Fact]
    public void AddFrontDoors_PlatformConfiguredAndTerminalSwitch_OpensTheTerminalToo()
    {
        Assert.True(OpensTerminal(["StudyBot:Discord:Token=abc", FrontDoors.TerminalSwitch]));
    }

    private static bool OpensTerminal(string[] args)
    {
        using var programFolder = new TempFolder();
        var builder = StudyBotHost.CreateBuilder(args, programFolder.Path);
        builder.Services.AddFrontDoors(builder.Configuration);
        return builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TerminalChat));
    }
}
