using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>
/// The whole bot in HTTP interactions mode against a fake Discord: interactions arrive as signed <c>POST /interactions</c>
/// requests, as Discord sends them to a bot without a gateway, and nothing else tells the bot what happens on Discord.
/// </summary>
public sealed class HttpFrontDoorSession : IAsyncDisposable
{
    private const string Timestamp = "1764600000";

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private readonly HttpClient _client = new();

    private HttpFrontDoorSession(FakeDiscord fake, TestDatabase database)
    {
        Fake = fake;
        Database = database;
    }

    public FakeDiscord Fake { get; }

    public TestDatabase Database { get; }

    public FrontDoorBot Bot { get; private set; } = null!;

    public static async Task<HttpFrontDoorSession> StartAsync()
    {
        var session = new HttpFrontDoorSession(await FakeDiscord.StartAsync(), TestDatabase.Sqlite());
        await session.StartBotAsync();
        return session;
    }

    /// <summary>Stops the bot and starts it again on the same database, as an operator's restart does.</summary>
    public async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        await StartBotAsync();
    }

    /// <summary>Posts <paramref name="interaction"/> signed and returns the message the user sees: the inline answer's data, or the callback's.</summary>
    public async Task<JsonNode> ReplyAsync(JsonObject interaction)
    {
        var body = interaction.ToJsonString();
        var endpoint = new Uri(Bot.Services.GetRequiredService<InteractionEndpointHost>().Addresses[0] + "/interactions");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(Timestamp + body))));
        request.Headers.Add("X-Signature-Timestamp", Timestamp);
        using var response = await _client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;
        }

        // A slow machine: the endpoint answered 202 and the answer took the REST callback.
        var id = interaction["id"]!.GetValue<string>();
        var callback = $"/interactions/{id}/interaction-token-{id}/callback";
        await Eventually.HoldsAsync(() => Fake.Exchanges.Any(e => e.Path == callback), $"the answer to {id}");
        return Fake.Exchanges.First(e => e.Path == callback).Body!["data"]!;
    }

    public StudyBotDbContext Db() => Bot.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        await Database.DisposeAsync();
        _key.Dispose();
        _client.Dispose();
    }

    private async Task StartBotAsync() =>
        Bot = await FrontDoorBot.StartAsync(Fake, Database, new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Mode"] = "Http",
            ["StudyBot:Discord:HttpListen"] = "http://127.0.0.1:0",
            ["StudyBot:Discord:PublicKey"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        });
}
