using System.Globalization;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Platforms;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Keeps the bot within Discord's identify limits: the daily session starts (<c>session_start_limit</c>), kept in
/// the platform state store so restarts count too, and <c>max_concurrency</c> identifies per 5 seconds. Going over
/// the daily budget gets the token reset, so a low budget waits for its reset instead of identifying.
/// </summary>
internal sealed partial class IdentifyBudget : IDisposable
{
    /// <summary>Identifies kept back for an operator's restarts; below it the bot waits for the daily reset.</summary>
    public const int Reserve = 5;

    public static readonly TimeSpan ConcurrencyWindow = TimeSpan.FromSeconds(5);

    private const string RemainingKey = "discord:identify:remaining";
    private const string ResetAtKey = "discord:identify:reset-at";
    private const string ConcurrencyKey = "discord:identify:max-concurrency";
    private const string LastIdentifyKeyPrefix = "discord:identify:last:";

    private readonly DiscordRestClient _rest;
    private readonly IPlatformStateStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IdentifyBudget> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IdentifyBudget(DiscordRestClient rest, IPlatformStateStore store, TimeProvider timeProvider, ILogger<IdentifyBudget> logger)
    {
        _rest = rest;
        _store = store;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Reads <c>GET /gateway/bot</c> and stores its identify budget.</summary>
    public async Task<GatewayBotInfo> RefreshAsync(CancellationToken cancellationToken)
    {
        var info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        var limit = info.SessionStartLimit;
        var resetAt = _timeProvider.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);
        await _store.SetAsync(RemainingKey, limit.Remaining.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(ResetAtKey, resetAt.ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(ConcurrencyKey, Math.Max(1, limit.MaxConcurrency).ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return info;
    }

    /// <summary>Waits until <paramref name="shardId"/> may identify, and counts the identify.</summary>
    public async Task AcquireAsync(int shardId, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                wait = await TryTakeAsync(shardId, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan> TryTakeAsync(int shardId, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var resetAt = ParseTime(await _store.GetAsync(ResetAtKey, cancellationToken).ConfigureAwait(false));
        var remaining = ParseInt(await _store.GetAsync(RemainingKey, cancellationToken).ConfigureAwait(false));
        if (resetAt is null || remaining is null || resetAt <= now)
        {
            var limit = (await RefreshAsync(cancellationToken).ConfigureAwait(false)).SessionStartLimit;
            remaining = limit.Remaining;
            resetAt = now + TimeSpan.FromMilliseconds(limit.ResetAfter);
        }

        if (remaining <= Reserve)
        {
            LogBudgetLow(_logger, remaining.Value, resetAt.Value);
            return resetAt.Value - now;
        }

        var concurrency = ParseInt(await _store.GetAsync(ConcurrencyKey, cancellationToken).ConfigureAwait(false)) ?? 1;
        var lastKey = LastIdentifyKeyPrefix + (shardId % Math.Max(1, concurrency)).ToString(CultureInfo.InvariantCulture);
        var last = ParseTime(await _store.GetAsync(lastKey, cancellationToken).ConfigureAwait(false));
        if (last is not null && now < last.Value + ConcurrencyWindow)
        {
            return last.Value + ConcurrencyWindow - now;
        }

        await _store.SetAsync(RemainingKey, (remaining.Value - 1).ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        await _store.SetAsync(lastKey, now.ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return TimeSpan.Zero;
    }

    private static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Only {Remaining} Discord identifies remain today; the bot waits until {ResetAt} instead of risking a token reset")]
    private static partial void LogBudgetLow(ILogger logger, int remaining, DateTimeOffset resetAt);
}
