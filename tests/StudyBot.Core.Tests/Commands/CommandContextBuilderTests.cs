using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Settings;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Commands;

public sealed class CommandContextBuilderTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public async Task BuildAsync_PlatformAdminOrConfiguredRole_DecidesModerator(bool platformAdmin, bool holdsHosts, bool moderator)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await bot.Services.GetRequiredService<CommunitySettingsStore>().UpdateAsync("chat:c", s => s.ModeratorRoleId = "hosts", CancellationToken.None);

        var context = await Builder(bot).BuildAsync(Actor(platformAdmin, role => holdsHosts && role == "hosts", locale: null), CancellationToken.None);

        Assert.Equal(moderator, context.IsModerator);
    }

    [Theory]
    [InlineData(null, "nl-NL", "nl")]
    [InlineData(null, "fr", "en")]
    [InlineData(null, null, "en")]
    [InlineData("en", "nl", "en")]
    [InlineData("nl", "en-GB", "nl")]
    public async Task BuildAsync_CommunityLanguageElseLocaleElseEnglish_ChoosesReplyLanguage(string? community, string? locale, string expected)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        if (community is not null)
        {
            await bot.Services.GetRequiredService<CommunitySettingsStore>().UpdateAsync("chat:c", s => s.LanguageCode = community, CancellationToken.None);
        }

        var context = await Builder(bot).BuildAsync(Actor(false, _ => false, locale), CancellationToken.None);

        Assert.Equal(Language.FromCode(expected), context.ReplyLanguage);
    }

    private static CommandContextBuilder Builder(TestBot bot) => bot.Services.GetRequiredService<CommandContextBuilder>();

    private static CommandActor Actor(bool platformAdmin, Func<string, bool> holdsRole, string? locale) =>
        new("chat", "chat:c", "chat:room", "chat:ann", "ann", platformAdmin, holdsRole, locale, PlatformCapabilities.Shared, PrefixedPlatformValues.Instance);
}
