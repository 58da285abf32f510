using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.Gateway;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.Interactions;

/// <summary>The HTTP interactions endpoint on Kestrel, with requests signed as Discord signs them.</summary>
public sealed class InteractionEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private readonly HttpClient _client = new();
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _host = DiscordTestHost.Create(_fake, settings: new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Mode"] = "Http",
            ["StudyBot:Discord:HttpListen"] = "http://127.0.0.1:0",
            ["StudyBot:Discord:PublicKey"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        });
        await _host.StartAsync();
        _endpoint = new Uri(_host.Services.GetRequiredService<InteractionEndpointHost>().Addresses[0] + "/interactions");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    public void Dispose()
    {
        _key.Dispose();
        _client.Dispose();
    }

    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        using var response = await PostAsync("""{"type":1,"id":"1","application_id":"1","token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("garbage")]
    [InlineData("other-body")]
    [InlineData("no-timestamp")]
    public async Task Post_BadOrMissingSignature_Answers401AndRunsNothing(string fault)
    {
        const string body = """{"type":1,"id":"1","application_id":"1","token":"t","version":1}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var timestamp = "1764600000";
        var signature = Sign(timestamp, fault == "other-body" ? body.Replace("\"t\"", "\"u\"", StringComparison.Ordinal) : body);
        if (fault != "missing")
        {
            request.Headers.Add("X-Signature-Ed25519", fault == "garbage" ? "not-hex" : signature);
        }

        if (fault != "no-timestamp")
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Handler.Handled);
    }

    [Fact]
    public async Task Post_Command_AnswersInlineWithTheHandlersMessage()
    {
        using var response = await PostAsync(GatewayEndToEndTests.Interaction("700000000000000101", "quote").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Equal("handled quote", answer["data"]!["content"]!.GetValue<string>());
        Assert.Empty(_fake.Exchanges);
    }

    [Fact]
    public async Task Post_SlowCommand_Answers202AndTheAnswerTakesTheCallback()
    {
        using var response = await PostAsync(GatewayEndToEndTests.Interaction("700000000000000102", "slow").ToJsonString());
        _host.Handler.SlowAnswer.SetResult();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.HoldsAsync(() => _fake.Exchanges.Any(e => e.Path == "/interactions/700000000000000102/interaction-token-700000000000000102/callback"), "the late answer goes over REST");
    }

    [Fact]
    public async Task Post_SameInteractionTwice_HandledOnce()
    {
        var body = GatewayEndToEndTests.Interaction("700000000000000103", "quote").ToJsonString();

        using var first = await PostAsync(body);
        using var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Single(_host.Handler.Handled);
    }

    [Fact]
    public async Task Post_OversizedBody_IsRefusedAndRunsNothing()
    {
        using var response = await PostAsync("""{"type":2,"pad":" """ + new string('x', InteractionEndpoint.MaxBodyBytes) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_host.Handler.Handled);
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        const string timestamp = "1764600000";
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await _client.SendAsync(request);
    }

    private string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));
}
