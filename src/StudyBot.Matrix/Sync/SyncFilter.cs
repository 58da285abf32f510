using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sync;

/// <summary>
/// The stored <c>/sync</c> filter: recent timeline only, members loaded lazily, no presence, typing or receipts.
/// Created once; created again when its definition (or the bot's account) changes.
/// </summary>
internal sealed class SyncFilter(MatrixClient client, IPlatformStateStore store, MatrixSession session)
{
    public const int TimelineLimit = 50;

    public static JsonObject Definition() =>
        new()
        {
            ["presence"] = new JsonObject { ["types"] = new JsonArray() },
            ["account_data"] = new JsonObject { ["types"] = new JsonArray() },
            ["room"] = new JsonObject
            {
                ["timeline"] = new JsonObject { ["limit"] = TimelineLimit, ["lazy_load_members"] = true },
                ["state"] = new JsonObject { ["lazy_load_members"] = true },
                ["ephemeral"] = new JsonObject { ["types"] = new JsonArray() },
                ["account_data"] = new JsonObject { ["types"] = new JsonArray() },
            },
        };

    public async Task<string> EnsureAsync(CancellationToken cancellationToken)
    {
        var definition = Definition();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(session.UserId + "\n" + definition.ToJsonString())))[..16];
        var stored = await store.GetAsync(MatrixStateKeys.Filter, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.StartsWith(hash + " ", StringComparison.Ordinal))
        {
            return stored[(hash.Length + 1)..];
        }

        var filterId = await client.CreateFilterAsync(definition, cancellationToken).ConfigureAwait(false);
        await store.SetAsync(MatrixStateKeys.Filter, hash + " " + filterId, cancellationToken).ConfigureAwait(false);
        return filterId;
    }
}
