using Microsoft.Extensions.Options;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.FrontDoor;

/// <summary>The application's id: configured, or read once from <c>GET /applications/@me</c> and kept.</summary>
internal sealed class DiscordApplicationId : IDisposable
{
    private readonly DiscordRestClient _rest;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _id;

    public DiscordApplicationId(IOptions<DiscordOptions> options, DiscordRestClient rest)
    {
        _rest = rest;
        _id = string.IsNullOrWhiteSpace(options.Value.ApplicationId) ? null : options.Value.ApplicationId;
    }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _id) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _id ??= (await _rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
            return _id;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
