using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>What a member does on Discord, end to end against the fake: slow commands, quiz buttons, paging, bad input.</summary>
public sealed class InteractionFlowEndToEndTests : IAsyncLifetime
{
    private readonly GatedCommand _slow = new();
    private FrontDoorSession _session = null!;

    public async Task InitializeAsync() => _session = await FrontDoorSession.StartAsync((services, _) => services.AddSingleton<ICommand>(_slow));

    public async Task DisposeAsync()
    {
        _slow.Gate.TrySetResult();
        await _session.DisposeAsync();
    }

    [Fact]
    public async Task SlowCommand_DeclaredPrivate_DefersEphemerallyThenEditsTheOriginal()
    {
        var first = await _session.RunAsync(InteractionPayloads.Command("740000000000000001", "slowcheck"));

        Assert.Equal(5, first["type"]!.GetValue<int>());
        Assert.Equal(64, first["data"]!["flags"]!.GetValue<int>());
        Assert.DoesNotContain(_session.ExchangesOf("740000000000000001"), e => e.Method == "PATCH");
        _slow.Gate.SetResult();
        var edit = $"/webhooks/{FakeResponses.ApplicationId}/interaction-token-740000000000000001/messages/@original";
        await Eventually.HoldsAsync(() => _session.Fake.Exchanges.Any(e => e.Method == "PATCH" && e.Path == edit), "the original response is edited");
        var body = _session.Fake.Exchanges.Single(e => e.Path == edit).Body!;
        Assert.Equal(GatedCommand.Answer, body["content"]!.GetValue<string>());
        Assert.Null(body["flags"]);
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task Help_NextButton_ReplacesTheMessageWithTheNextPage()
    {
        var first = await _session.ReplyAsync(InteractionPayloads.Command("740000000000000005", "help"));
        var next = InteractionPayloads.Buttons(first).Single(b => b.Label == "Next");

        var page = await _session.RunAsync(InteractionPayloads.Press("740000000000000006", next.CustomId));

        Assert.Equal(7, page["type"]!.GetValue<int>());
        Assert.Contains("(2/", page["data"]!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(InteractionPayloads.Buttons(page["data"]!), b => b.Label == "Previous");
    }

    [Fact]
    public async Task Search_NextThenPrevious_UpdateTheMessageInPlace()
    {
        var options = new JsonObject { ["query"] = "workers" };
        var first = await _session.ReplyAsync(InteractionPayloads.Command("740000000000000007", "search", options: options));
        var next = Assert.Single(InteractionPayloads.Buttons(first));
        Assert.Equal("Next", next.Label);

        var second = await _session.RunAsync(InteractionPayloads.Press("740000000000000008", next.CustomId));

        Assert.Equal(7, second["type"]!.GetValue<int>());
        Assert.Contains("(1/", first["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("(2/", second["data"]!["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("**workers**", second["data"]!["embeds"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(second["data"]!["flags"]);
        var previous = InteractionPayloads.Buttons(second["data"]!).Single(b => b.Label == "Previous");

        var back = await _session.RunAsync(InteractionPayloads.Press("740000000000000017", previous.CustomId));

        Assert.Equal(7, back["type"]!.GetValue<int>());
        Assert.Equal(first["embeds"]!.ToJsonString(), back["data"]!["embeds"]!.ToJsonString());
        Assert.Equal(["Next"], InteractionPayloads.Buttons(back["data"]!).Select(b => b.Label));
        Assert.DoesNotContain(_session.Fake.Exchanges, e => e.Method == "POST" && e.Path.StartsWith("/channels/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("document", "nope", "Unknown document 'nope'")]
    [InlineData("page", "abc", "page")]
    [InlineData("page", "0", "page")]
    public async Task Search_OptionDiscordDoesNotValidate_ShortPrivateErrorNamingIt(string option, string value, string named)
    {
        var options = new JsonObject { ["query"] = "workers", [option] = value };

        var data = await _session.ReplyAsync(InteractionPayloads.Command("740000000000000018", "search", options: options));

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        var text = data["content"]?.GetValue<string>() ?? data.ToJsonString();
        Assert.Contains(named, text, StringComparison.Ordinal);
        Assert.True(text.Length < 400, text);
        Assert.Null(data["embeds"]?.AsArray().FirstOrDefault());
    }

    [Fact]
    public async Task Quote_AnotherButton_PostsAnotherQuoteForEveryone()
    {
        var first = await _session.ReplyAsync(InteractionPayloads.Command("740000000000000009", "quote"));
        var another = InteractionPayloads.Buttons(first)[0];

        var second = await _session.RunAsync(InteractionPayloads.Press("740000000000000010", another.CustomId));

        Assert.Equal(4, second["type"]!.GetValue<int>());
        Assert.Null(second["data"]!["flags"]);
        var footer = second["data"]!["embeds"]![0]!["footer"]!["text"]!.GetValue<string>();
        Assert.Contains(TestCorpusTitles.All, t => footer.StartsWith(t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Press_SelectMenuTheBotNeverSent_ShortPrivateError()
    {
        var press = InteractionPayloads.Press("740000000000000011", "v0:some-menu", componentType: 3);
        press["data"]!["values"] = new JsonArray("x");

        var data = await _session.ReplyAsync(press);

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Equal(DiscordInteractionHandler.StaleButtonText, data["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task ModalSubmit_TheBotOpensNoModals_ShortPrivateError()
    {
        var submit = InteractionPayloads.Press("740000000000000012", "v0:some-form");
        submit["type"] = 5;
        submit["data"] = new JsonObject { ["custom_id"] = "v0:some-form", ["components"] = new JsonArray() };

        var data = await _session.ReplyAsync(submit);

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Equal(DiscordInteractionHandler.UnknownInteractionText, data["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownInteractionTypeAndMalformedFrames_Skipped_TheNextCommandIsStillAnswered()
    {
        var unknown = InteractionPayloads.Command("740000000000000013", "quote");
        unknown["type"] = 99;
        await _session.SendAsync(unknown);
        await _session.Connection.SendRawAsync("{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"s\":");
        await _session.Connection.SendRawAsync("{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"s\":null,\"d\":{\"id\":17,\"type\":\"command\"}}");
        await _session.Connection.SendRawAsync("{\"op\":77,\"d\":[1,2,3]}");

        var answer = await _session.RunAsync(InteractionPayloads.Command("740000000000000014", "quote"));

        Assert.Equal(4, answer["type"]!.GetValue<int>());
        Assert.Empty(_session.ExchangesOf("740000000000000013"));
        Assert.False(_session.Connection.Closed.IsCompleted, "the gateway connection survives");
    }

    [Fact]
    public async Task Interaction_DeliveredTwice_AnsweredOnce()
    {
        var quote = InteractionPayloads.Command("740000000000000015", "quote");
        await _session.SendAsync(quote);
        await _session.SendAsync((JsonObject)quote.DeepClone());

        await _session.RunAsync(InteractionPayloads.Command("740000000000000016", "quote"));
        await _session.CallbackAsync("740000000000000015");

        Assert.Single(_session.ExchangesOf("740000000000000015"));
    }
}
