using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Core.Platforms;
using StudyBot.Core.Quotes;

namespace StudyBot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database: <see cref="IDbContextFactory{TContext}"/> of <see cref="StudyBotDbContext"/>
    /// (the provider's own context), the chosen <see cref="StorageConnection"/>, and <see cref="DatabaseInitializer"/>,
    /// which creates or upgrades the schema when the host starts; and what lives in it for other features: the
    /// platforms' <see cref="IPlatformStateStore"/> (with its <see cref="IPlatformStateScan"/>) and <see cref="IEventClaims"/>, and the channels' quote history
    /// (replacing the in-memory one of <c>AddStudyFeatures</c>, in either order). Claims and quote history are written
    /// through <see cref="GroupCommit"/>, which runs the writes of concurrent callers in one transaction. On SQLite,
    /// <see cref="WalCheckpointer"/> moves the write-ahead log into the database file in the background.
    /// </summary>
    /// <remarks>
    /// Call it before <c>AddScheduling</c>: hosted services start in registration order, and the scheduler
    /// must find an upgraded database. SQLite is used unless <c>StudyBot:ConnectionString</c> is set.
    /// </remarks>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageConnection.From(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<IDbContextFactory<StudyBotDbContext>, StudyBotDbContextFactory>();
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext());
        services.TryAddSingleton<GroupCommit>();
        services.TryAddSingleton<StoredPlatformState>();
        services.TryAddSingleton<IPlatformStateStore>(sp => sp.GetRequiredService<StoredPlatformState>());
        services.TryAddSingleton<IPlatformStateScan>(sp => sp.GetRequiredService<StoredPlatformState>());
        services.TryAddSingleton<IEventClaims, StoredEventClaims>();
        services.TryAddSingleton<IEventOutcomes, StoredEventOutcomes>();
        services.Replace(ServiceDescriptor.Singleton<IQuoteHistory, StoredQuoteHistory>());
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<WalCheckpointer>();
        return services;
    }
}
