using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Runs this instance's shards: reads the gateway URL and recommended shard count from <c>GET /gateway/bot</c>, then
/// one <see cref="GatewayShard"/> per configured shard id. A shard that Discord closed fatally stays stopped.
/// </summary>
internal sealed partial class GatewayService : StartedBackgroundService
{
    private readonly DiscordOptions _options;
    private readonly IdentifyBudget _budget;
    private readonly IGatewayTransportFactory _transports;
    private readonly GatewayDispatchQueue _queue;
    private readonly TimeProvider _timeProvider;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger<GatewayService> _logger;

    public GatewayService(
        IOptions<DiscordOptions> options,
        IdentifyBudget budget,
        IGatewayTransportFactory transports,
        GatewayDispatchQueue queue,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        _options = options.Value;
        _budget = budget;
        _transports = transports;
        _queue = queue;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<GatewayService>();
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var info = await _budget.RefreshAsync(stoppingToken).ConfigureAwait(false);
        var count = _options.ShardCount ?? Math.Max(1, info.Shards);
        var ids = ShardRange.TryParse(_options.ShardIds, out var range) ? range.Ids : Enumerable.Range(0, count);
        var shardLogger = _loggerFactory.CreateLogger<GatewayShard>();
        var shards = ids
            .Select(id => new GatewayShard(new GatewayShardSettings(info.Url, _options.Token!, id, count), _transports, _budget, _queue, _timeProvider, Random.Shared, shardLogger))
            .Select(shard => shard.RunAsync(stoppingToken));
        var fatal = await Task.WhenAll(shards).ConfigureAwait(false);
        if (fatal.Any(code => code is not null))
        {
            LogStopped(_logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The Discord gateway stopped after a fatal close; the bot no longer receives Discord interactions")]
    private static partial void LogStopped(ILogger logger);
}
