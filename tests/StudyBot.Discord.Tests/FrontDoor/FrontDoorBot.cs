using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>The whole bot (core, storage, Discord front door as <c>AddDiscord</c> wires it) against a fake Discord.</summary>
public sealed class FrontDoorBot : IAsyncDisposable
{
    private FrontDoorBot(IHost host)
    {
        Host = host;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public static async Task<FrontDoorBot> StartAsync(FakeDiscord fake, TestDatabase database, IDictionary<string, string?>? extra = null, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Token"] = FakeDiscord.Token,
            ["StudyBot:Discord:ApiBaseUrl"] = fake.BaseUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = TestBot.Build(database, TimeProvider.System, poster: null, settings, (services, configuration) =>
        {
            services.AddDiscord(configuration);
            configure?.Invoke(services, configuration);
        });
        await host.StartAsync();
        return new FrontDoorBot(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
