using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Platforms;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Benchmarks.Discord;

/// <summary>The whole bot as the tests build it (core, storage on SQLite, the Discord front door as <c>AddDiscord</c> wires it).</summary>
internal static class DiscordBot
{
    /// <summary>
    /// The Discord client alone (gateway, dispatch, REST) with a handler that answers every interaction at once and
    /// in-memory claims: what the bot's own work adds shows against it.
    /// </summary>
    public static IHost BuildClient(string apiBaseUrl, Action<IServiceCollection>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings(apiBaseUrl));
        builder.Services.AddSingleton<IInteractionHandler, RecordingInteractionHandler>();
        builder.Services.AddSingleton<IPlatformStateStore, InMemoryPlatformStateStore>();
        builder.Services.AddSingleton<IEventClaims, InMemoryEventClaims>();
        builder.Services.AddDiscordTransport(builder.Configuration);
        extra?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>The bot pointed at the fake Discord at <paramref name="apiBaseUrl"/>; with null, the same bot without Discord.</summary>
    public static IHost Build(TestDatabase database, string? apiBaseUrl, Action<IServiceCollection>? extra = null)
    {
        var settings = apiBaseUrl is null ? new Dictionary<string, string?>() : Settings(apiBaseUrl);
        return TestBot.Build(database, TimeProvider.System, poster: null, settings, (services, configuration) =>
        {
            services.AddDiscord(configuration);
            extra?.Invoke(services);
        });
    }

    private static Dictionary<string, string?> Settings(string apiBaseUrl) =>
        new() { ["StudyBot:Discord:Token"] = FakeDiscord.Token, ["StudyBot:Discord:ApiBaseUrl"] = apiBaseUrl };
}
