using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord;
using StudyBot.Matrix;
using StudyBot.Terminal;

namespace StudyBot;

/// <summary>Which front doors the bot opens, from its configuration.</summary>
internal static class FrontDoors
{
    /// <summary>The command-line switch that opens the terminal next to the configured platforms.</summary>
    public const string TerminalSwitch = "--terminal";

    public const string TerminalKey = "StudyBot:Terminal";

    public const string DiscordTokenKey = "StudyBot:Discord:Token";

    /// <summary>Adds a front door per configured platform, and the terminal when none is configured or it is asked for.</summary>
    /// <remarks>Each platform adapter adds itself here, when its settings are present.</remarks>
    public static IServiceCollection AddFrontDoors(this IServiceCollection services, IConfiguration configuration)
    {
        if (OpensTerminal(configuration))
        {
            services.AddTerminal();
        }

        services.AddDiscord(configuration);
        services.AddMatrix(configuration);
        return services;
    }

    /// <summary>With no platform configured the terminal is the only way in; otherwise only when asked for.</summary>
    public static bool OpensTerminal(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var platformConfigured = IsSet(configuration, DiscordTokenKey) || MatrixOptions.IsConfigured(configuration);
        return !platformConfigured || (bool.TryParse(configuration[TerminalKey], out var asked) && asked);
    }

    private static bool IsSet(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);
}
