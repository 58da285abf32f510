using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Core.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>Registers a command; the catalog picks it up and every front door serves it.</summary>
    /// <remarks>Commands are singletons: those that store things take an <c>IDbContextFactory</c>.</remarks>
    public static IServiceCollection AddCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ICommand
    {
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandDispatcher>();
        services.AddSingleton<ICommand, TCommand>();
        return services;
    }
}
