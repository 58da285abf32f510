using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Serves <see cref="InteractionEndpoint"/> on Kestrel at <c>HttpListen</c> in HTTP mode. It is its own small web
/// application inside the bot's host, so the host needs no web SDK of its own.
/// </summary>
internal sealed partial class InteractionEndpointHost : IHostedService, IAsyncDisposable
{
    private readonly InteractionEndpoint _endpoint;
    private readonly DiscordOptions _options;
    private readonly ILogger<InteractionEndpointHost> _logger;
    private WebApplication? _app;

    public InteractionEndpointHost(InteractionEndpoint endpoint, IOptions<DiscordOptions> options, ILogger<InteractionEndpointHost> logger)
    {
        _endpoint = endpoint;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The addresses Kestrel listens on once started (the real port when HttpListen asked for port 0).</summary>
    public IReadOnlyList<string> Addresses => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(_options.HttpListen!);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = InteractionEndpoint.MaxBodyBytes);
        _app = builder.Build();
        _app.MapPost("/interactions", _endpoint.HandleAsync);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = string.Join(", ", _app.Urls);
        LogListening(_logger, addresses);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord interactions endpoint listens on {Addresses}/interactions")]
    private static partial void LogListening(ILogger logger, string addresses);
}
