using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Benchmarks.Discord;

/// <summary>The whole bot as the tests build it (core, storage on SQLite, the Discord front door as <c>AddDiscord</c> wires it).</summary>
internal static class DiscordBot
{
    /// <summary>The bot pointed at the fake Discord at <paramref name="apiBaseUrl"/>; with null, the same bot without Discord.</summary>
    public static IHost Build(TestDatabase database, string? apiBaseUrl, Action<IServiceCollection>? extra = null)
    {
        var settings = apiBaseUrl is null
            ? new Dictionary<string, string?>()
            : new Dictionary<string, string?> { ["StudyBot:Discord:Token"] = FakeDiscord.Token, ["StudyBot:Discord:ApiBaseUrl"] = apiBaseUrl };
        return TestBot.Build(database, TimeProvider.System, poster: null, settings, (services, configuration) =>
        {
            services.AddDiscord(configuration);
            extra?.Invoke(services);
        });
    }
}
