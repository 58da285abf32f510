using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Puts the bot on Discord when <c>StudyBot:Discord:Token</c> is set: options from <c>StudyBot:Discord</c>
    /// (validated at start), the client (gateway shards or the HTTP interactions endpoint, by
    /// <see cref="DiscordOptions.Mode"/>), the front door that serves commands, autocomplete and buttons through the
    /// core's dispatcher, command registration at start, the poster of scheduled posts, the channel check at set-up,
    /// and what stops the schedules of deleted channels and of servers that removed the bot (gateway events; in HTTP
    /// interactions mode, a sweep of the server list).
    /// </summary>
    /// <remarks>
    /// Without a token nothing but the options is registered, so the bot never touches the network for Discord.
    /// Needs the core (<c>AddStudyBot</c>) and storage's <c>IEventClaims</c> and <c>IPlatformStateStore</c>.
    /// </remarks>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddDiscordTransport(configuration))
        {
            return services;
        }

        services.TryAddSingleton<ActionIds>();
        services.TryAddSingleton<DiscordApplicationId>();
        services.TryAddSingleton<DiscordReplyRenderer>();
        services.TryAddScoped<IInteractionHandler, DiscordInteractionHandler>();
        services.AddSingleton<IChannelPoster, DiscordChannelPoster>();
        services.AddSingleton<IChannelAccess, DiscordChannelAccess>();
        services.TryAddSingleton<DiscordServerSchedules>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGatewayDispatchHandler, DiscordPlaceEvents>());
        services.AddHostedService<CommandRegistrationService>();
        if (IsHttpMode(configuration.GetSection(DiscordOptions.SectionName)))
        {
            // No gateway tells an HTTP-only bot that a server removed it.
            services.TryAddSingleton<DiscordServerSweep>();
            services.AddHostedService(provider => provider.GetRequiredService<DiscordServerSweep>());
        }

        return services;
    }

    /// <summary>
    /// The options and, with a token, the client and its hosted services without the front door; returns whether a
    /// token is set. The caller then registers an <see cref="IInteractionHandler"/>, <c>IEventClaims</c> and
    /// <c>IPlatformStateStore</c>.
    /// </summary>
    internal static bool AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]))
        {
            return false;
        }

        services.AddDiscordClient();
        if (IsHttpMode(section))
        {
            services.AddSingleton<InteractionEndpoint>();
            services.AddSingleton<InteractionEndpointHost>();
            services.AddHostedService(provider => provider.GetRequiredService<InteractionEndpointHost>());
        }
        else
        {
            services.AddHostedService<GatewayService>();
            services.AddHostedService<GatewayDispatchPump>();
        }

        return true;
    }

    private static bool IsHttpMode(IConfigurationSection section) =>
        string.Equals(section[nameof(DiscordOptions.Mode)], nameof(DiscordMode.Http), StringComparison.OrdinalIgnoreCase);

    /// <summary>The REST client, its handlers, the gateway's parts and the interaction router, without hosted services.</summary>
    internal static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new InvalidRequestBudget(InvalidRequestBudget.DefaultLimit, provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddTransient<DiscordRateLimitHandler>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<IdentifyBudget>();
        services.TryAddSingleton<GatewayDispatchQueue>();
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<InteractionRouter>();

        var version = typeof(DiscordServiceCollectionExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        var discord = services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {version})");
            })
            // The default HTTP logging writes request paths, and interaction tokens travel in paths.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { MaxConnectionsPerServer = DiscordRestClient.MaxConnections });
        discord.AddResilienceHandler("discord-transient", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                // 429s are the rate-limit handler's; only a failed server or connection is retried, and only where a
                // repeat cannot post twice (a POST is retried by its caller, with a nonce where it matters).
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.GetRequestMessage()?.Method is { } method && method != HttpMethod.Post
                    && (args.Outcome.Exception is HttpRequestException || (int?)args.Outcome.Result?.StatusCode >= 500)),
            }));
        discord.AddHttpMessageHandler<DiscordRateLimitHandler>();
        return services;
    }
}
