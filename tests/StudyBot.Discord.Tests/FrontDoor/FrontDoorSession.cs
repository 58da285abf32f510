using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>
/// A fake Discord, a database and the whole bot connected to the fake's gateway: a test sends interactions and
/// dispatches as Discord would and reads what the bot answered over REST.
/// </summary>
public sealed class FrontDoorSession : IAsyncDisposable
{
    private FrontDoorSession(FakeDiscord fake, TestDatabase database, FrontDoorBot bot, FakeGatewayConnection connection)
    {
        Fake = fake;
        Database = database;
        Bot = bot;
        Connection = connection;
    }

    public FakeDiscord Fake { get; }

    public TestDatabase Database { get; }

    public FrontDoorBot Bot { get; }

    public FakeGatewayConnection Connection { get; }

    /// <param name="configure">Adds services to the bot (a test command, the bundled corpus).</param>
    /// <param name="settings">Settings beside the Discord ones.</param>
    public static async Task<FrontDoorSession> StartAsync(Action<IServiceCollection, IConfiguration>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var fake = await FakeDiscord.StartAsync();
        var database = TestDatabase.Sqlite();
        var bot = await FrontDoorBot.StartAsync(fake, database, settings, configure);
        var connection = await fake.NextConnectionAsync();
        await connection.WaitForAsync(2);
        await Eventually.HoldsAsync(() => connection.SessionId is not null, "the session starts");
        return new FrontDoorSession(fake, database, bot, connection);
    }

    /// <summary>Delivers an interaction over the gateway, as Discord does for a gateway bot.</summary>
    public Task SendAsync(JsonObject interaction) => Fake.DispatchAsync(Connection, "INTERACTION_CREATE", interaction);

    public Task DispatchAsync(string type, JsonObject data) => Fake.DispatchAsync(Connection, type, data);

    /// <summary>Delivers <paramref name="interaction"/> and returns the body of the bot's first answer to it.</summary>
    public async Task<JsonNode> RunAsync(JsonObject interaction)
    {
        await SendAsync(interaction);
        return (await CallbackAsync(interaction["id"]!.GetValue<string>())).Body!;
    }

    /// <summary>
    /// Delivers <paramref name="interaction"/> and returns the message the user ends up seeing: the first answer's
    /// data, or after a deferral (when the machine is slow) the edit of the original response. The flags are those
    /// of the first answer, which fix the message's visibility.
    /// </summary>
    public async Task<JsonNode> ReplyAsync(JsonObject interaction)
    {
        var id = interaction["id"]!.GetValue<string>();
        var first = await RunAsync(interaction);
        if (first["type"]!.GetValue<int>() is not (5 or 6))
        {
            return first["data"]!;
        }

        var edit = $"/webhooks/{FakeResponses.ApplicationId}/interaction-token-{id}/messages/@original";
        await Eventually.HoldsAsync(() => Fake.Exchanges.Any(e => e.Path == edit), $"the deferred answer to {id}");
        var message = Fake.Exchanges.First(e => e.Path == edit).Body!.DeepClone();
        message["flags"] = first["data"]?["flags"]?.DeepClone();
        return message;
    }

    public async Task<RecordedExchange> CallbackAsync(string interactionId)
    {
        var path = $"/interactions/{interactionId}/interaction-token-{interactionId}/callback";
        await Eventually.HoldsAsync(() => Fake.Exchanges.Any(e => e.Path == path), $"a callback for {interactionId}");
        return Fake.Exchanges.First(e => e.Path == path);
    }

    /// <summary>Every request the bot made with the interaction's token: the callback, edits and follow-ups.</summary>
    public RecordedExchange[] ExchangesOf(string interactionId) =>
        Fake.Exchanges.Where(e => e.Path.Contains("/interaction-token-" + interactionId, StringComparison.Ordinal)).ToArray();

    public StudyBotDbContext Db() => Bot.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        await Database.DisposeAsync();
    }
}
