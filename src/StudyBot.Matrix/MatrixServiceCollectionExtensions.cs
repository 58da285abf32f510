using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Sync;

namespace StudyBot.Matrix;

public static class MatrixServiceCollectionExtensions
{
    /// <summary>
    /// Puts the bot on Matrix when <c>StudyBot:Matrix</c> is configured: options validated at start, the HTTP client
    /// with its retry pipeline and token handler, and the sync loop as a hosted service.
    /// </summary>
    /// <remarks>
    /// Without the section nothing is registered, so a host with no Matrix account starts as before. Needs an
    /// <see cref="Core.Platforms.IPlatformStateStore"/> and <see cref="Core.Platforms.IEventClaims"/> from the storage
    /// registration.
    /// </remarks>
    public static IServiceCollection AddMatrix(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(MatrixOptions.SectionName);
        if (!section.Exists())
        {
            return services;
        }

        services.AddOptions<MatrixOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatrixOptions>, MatrixOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MatrixSession>();
        services.TryAddSingleton<MatrixClient>();
        services.TryAddSingleton<MatrixSignIn>();
        services.TryAddSingleton<RoomStates>();
        services.TryAddSingleton<InviterPolicy>();
        services.TryAddSingleton<MatrixSender>();
        services.TryAddSingleton<RecentEvents>();
        services.TryAddSingleton<SyncFilter>();
        services.TryAddSingleton<SyncBatchHandler>();
        services.TryAddTransient<MatrixAuthHandler>();

        var http = services.AddHttpClient(MatrixClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        http.AddResilienceHandler("matrix", (pipeline, context) => MatrixRetryPipeline.Configure(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<MatrixOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));

        // Added after the retry handler, so it runs inside it: every retry carries the current token.
        http.AddHttpMessageHandler<MatrixAuthHandler>();
        services.AddHostedService<MatrixSyncService>();
        return services;
    }
}
