using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;

namespace StudyBot.Terminal;

internal static class TerminalServiceCollectionExtensions
{
    /// <summary>Adds the terminal front door: chat on standard input and output, and its channel for scheduled posts.</summary>
    /// <remarks>Call it before the bot's other services, so that its prompt shows while they start.</remarks>
    public static IServiceCollection AddTerminal(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => TerminalConsole.FromSystemConsole());
        services.AddSingleton<IChannelPoster, TerminalChannelPoster>();
        services.TryAddSingleton(sp => new Lazy<CommandDispatcher>(sp.GetRequiredService<CommandDispatcher>));
        services.TryAddSingleton(sp => new Lazy<CommandContextBuilder>(sp.GetRequiredService<CommandContextBuilder>));
        services.AddHostedService<TerminalChat>();
        return services;
    }
}
