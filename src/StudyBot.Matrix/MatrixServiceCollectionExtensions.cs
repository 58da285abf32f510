using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Core.Posting;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Sync;

namespace StudyBot.Matrix;

public static class MatrixServiceCollectionExtensions
{
    /// <summary>
    /// Puts the bot on Matrix when <c>StudyBot:Matrix:Homeserver</c> (or <c>ServerName</c>) is set: options validated at start, the HTTP client
    /// with its retry pipeline and token handler, the sync loop as a hosted service, the <c>!command</c> front door and
    /// the poster of scheduled posts to rooms.
    /// </summary>
    /// <remarks>
    /// Without a homeserver nothing is registered, so a host with no Matrix account starts as before, and the example
    /// settings can list every Matrix setting with the homeserver left empty. Needs an
    /// <see cref="Core.Platforms.IPlatformStateStore"/> with its <see cref="Core.Platforms.IPlatformStateScan"/>, and <see cref="Core.Platforms.IEventOutcomes"/> from the storage
    /// registration.
    /// </remarks>
    public static IServiceCollection AddMatrix(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!MatrixOptions.IsConfigured(configuration))
        {
            return services;
        }

        services.AddMatrixClient(configuration);
        services.TryAddSingleton<MatrixPlatformValues>();
        services.TryAddSingleton<ReplyReactions>();
        services.AddScoped<IMatrixEventHandler, MatrixCommandHandler>();
        services.AddSingleton<IChannelPoster, MatrixChannelPoster>();
        services.AddSingleton<IMatrixRoomLifecycle, MatrixRoomSchedules>();
        return services;
    }

    /// <summary>The protocol client and sync loop without the front door; tests put their own handler on it.</summary>
    internal static IServiceCollection AddMatrixClient(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MatrixOptions.SectionName);
        services.AddOptions<MatrixOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatrixOptions>, MatrixOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MatrixSession>();
        services.TryAddSingleton<MatrixClient>();
        services.TryAddSingleton<MatrixSignIn>();
        services.TryAddSingleton<RoomStates>();
        services.TryAddSingleton<InviterPolicy>();
        services.TryAddSingleton<MatrixSender>();
        services.TryAddSingleton<OutgoingEvents>();
        services.TryAddSingleton<AccountRestrictions>();
        services.TryAddSingleton<MatrixStateExpiry>();
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
