using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Core.Posting;
using StudyBot.Matrix;
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
    [InlineData("StudyBot:Matrix:ServerName=example.org")]
    public void AddFrontDoors_PlatformConfigured_LeavesTheTerminalClosed(string setting)
    {
        Assert.False(OpensTerminal([setting]));
    }

    [Fact]
    public void AddFrontDoors_PlatformConfiguredAndTerminalSwitch_OpensTheTerminalToo()
    {
        Assert.True(OpensTerminal(["StudyBot:Discord:Token=abc", FrontDoors.TerminalSwitch]));
    }

    [Fact]
    public void AddFrontDoors_MatrixHomeserverConfigured_ComposesTheMatrixFrontDoor()
    {
        var services = Compose(["StudyBot:Matrix:Homeserver=https://matrix.example.org", "StudyBot:Matrix:AccessToken=syt_secret"]);

        Assert.Contains(services, d => d.ServiceType == typeof(IChannelPoster) && d.ImplementationType?.Namespace == "StudyBot.Matrix.FrontDoor");
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace == "StudyBot.Matrix.Sync");
    }

    [Fact]
    public void AddFrontDoors_MatrixSettingsWithoutHomeserver_LeavesMatrixOff()
    {
        // The example settings list every Matrix setting with the homeserver empty: that must not turn Matrix on.
        var services = Compose(["StudyBot:Matrix:Homeserver=", "StudyBot:Matrix:CommandPrefix=!"]);

        Assert.DoesNotContain(services, d => d.ImplementationType?.Namespace?.StartsWith("StudyBot.Matrix", StringComparison.Ordinal) == true);
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TerminalChat));
    }

    [Fact]
    public async Task AddFrontDoors_MatrixConfiguredInTheWholeBot_BuildsAndValidatesItsOptions()
    {
        await using var database = TestDatabase.Sqlite();
        using var host = TestBot.Build(database, TimeProvider.System, poster: null, new Dictionary<string, string?>
        {
            ["StudyBot:Matrix:Homeserver"] = "https://matrix.example.org",
            ["StudyBot:Matrix:AccessToken"] = "syt_secret",
        }, (services, configuration) => services.AddFrontDoors(configuration));

        // Resolving the options runs their validation; the poster and front door resolve from the composed bot.
        Assert.Equal("https://matrix.example.org", host.Services.GetRequiredService<IOptions<MatrixOptions>>().Value.Homeserver);
        Assert.Contains(host.Services.GetServices<IChannelPoster>(), p => p.Platform == "matrix");
    }

    private static List<ServiceDescriptor> Compose(string[] args)
    {
        using var programFolder = new TempFolder();
        var builder = StudyBotHost.CreateBuilder(args, programFolder.Path);
        builder.Services.AddFrontDoors(builder.Configuration);
        return builder.Services.ToList();
    }

    private static bool OpensTerminal(string[] args)
    {
        using var programFolder = new TempFolder();
        var builder = StudyBotHost.CreateBuilder(args, programFolder.Path);
        builder.Services.AddFrontDoors(builder.Configuration);
        return builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TerminalChat));
    }
}
