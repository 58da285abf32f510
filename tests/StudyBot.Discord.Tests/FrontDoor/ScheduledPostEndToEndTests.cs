using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>A scheduled post on its way from the outbox through the Discord poster to the fake, with Discord's refusals.</summary>
public sealed class ScheduledPostEndToEndTests : IAsyncLifetime
{
    private const string Channel = "555555555555555555";

    private FrontDoorSession _session = null!;

    public async Task InitializeAsync() => _session = await FrontDoorSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task ExcerptNow_FirstAttemptRateLimited_PostedOnceAndTheMessageIdStored()
    {
        await SetUpAsync();
        _session.Fake.LimitOncePerChannel[Channel] = 0.3;

        await _session.ReplyAsync(InteractionPayloads.Command("750000000000000002", "excerpt", "now", moderator: true));

        var sent = await SentAsync();
        var posts = _session.Fake.Exchanges.Where(e => e.Method == "POST" && e.Path == $"/channels/{Channel}/messages").ToArray();
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.Equal(posts[0].Body!["nonce"]!.GetValue<string>(), posts[1].Body!["nonce"]!.GetValue<string>());
        Assert.Equal(posts[1].Response!["id"]!.GetValue<string>(), sent.PlatformMessageId);
    }

    [Fact]
    public async Task ExcerptNow_BotMayNotSeeTheChannel_PausedAndStatusSaysWhy()
    {
        await SetUpAsync();
        _session.Fake.HiddenChannels.Add(Channel);

        await _session.ReplyAsync(InteractionPayloads.Command("750000000000000003", "excerpt", "now", moderator: true));

        await Eventually.HoldsAsync(() => State() == ScheduleState.Paused, "the excerpt's schedule pauses");
        var reply = await _session.ReplyAsync(InteractionPayloads.Command("750000000000000004", "excerpt", "status", moderator: true));
        var text = reply.ToJsonString();
        Assert.Contains("cannot see or post there", text, StringComparison.Ordinal);
        Assert.Contains("(403)", text, StringComparison.Ordinal);
        Assert.Single(_session.Fake.Exchanges, e => e.Method == "POST" && e.Path == $"/channels/{Channel}/messages");
    }

    private async Task SetUpAsync()
    {
        var options = new JsonObject { ["channel"] = Channel, ["time"] = "07:30", ["timezone"] = "Europe/Amsterdam" };
        var reply = await _session.ReplyAsync(InteractionPayloads.Command("750000000000000001", "excerpt", "daily", options, moderator: true));
        Assert.Null(reply["flags"]);
    }

    private async Task<OutboxPostEntity> SentAsync()
    {
        OutboxPostEntity? sent = null;
        await Eventually.HoldsAsync(
            () =>
            {
                using var db = _session.Db();
                sent = db.Outbox.AsNoTracking().SingleOrDefault(o => o.Status == OutboxStatus.Sent);
                return sent is not null;
            },
            "the outbox marks the post sent");
        return sent!;
    }

    private ScheduleState State()
    {
        using var db = _session.Db();
        return db.Schedules.AsNoTracking().Single(s => s.ChannelId == "discord:" + Channel).State;
    }
}
