using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace StudyBot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database: <see cref="IDbContextFactory{TContext}"/> of <see cref="StudyBotDbContext"/>,
    /// the chosen <see cref="StorageConnection"/>, and <see cref="DatabaseInitializer"/>, which creates or
    /// upgrades the schema when the host starts.
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
        services.AddDbContextFactory<StudyBotDbContext>((sp, options) => Configure(options, sp.GetRequiredService<StorageConnection>()));
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, StorageConnection connection)
    {
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(connection.ConnectionString);
        }
        else
        {
            options.UseSqlite(connection.ConnectionString);
        }

        // The migrations are hand-written and ship no model snapshot, so EF always believes the model has
        // changes; a test that round-trips every entity through the migrated schema guards this instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }
}
