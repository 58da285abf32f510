using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Posting;

namespace StudyBot.Terminal;

internal static class TerminalServiceCollectionExtensions
{
    /// <summary>Adds the terminal front door: chat on standard input and output, and its channel for scheduled posts.</summary>
    public static IServiceCollection AddTerminal(this IServiceCollection services)
    {
        services.AddSingleton(_ => TerminalConsole.FromSystemConsole());
        services.AddSingleton<IChannelPoster, TerminalChannelPoster>();
        services.AddHostedService<TerminalChat>();
        return services;
    }
}
