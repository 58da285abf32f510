using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Posting;

namespace StudyBot.Tests;

public sealed class StudyBotServicesTests : IDisposable
{
    private readonly BotHost bot = new();

    [Fact]
    public async Task Example_settings_start_the_whole_bot_and_a_configured_excerpt_survives_a_restart()
    {
        var poster = new Mock<IChannelPoster>();
        poster.SetupGet(p => p.Platform).Returns("terminal");
        var moderator = new CommandContext("terminal", "terminal:local", "terminal:terminal", "terminal:ada", "ada", IsModerator: true);

        using (var first = bot.Build(s => s.AddSingleton(poster.Object)))
        {
            await first.StartAsync();
            var dispatcher = first.Services.GetRequiredService<CommandDispatcher>();
            Assert.Equal(5, first.Services.GetRequiredService<CorpusLibrary>().Documents.Count);
            var setup = await dispatcher.ExecuteLineAsync(moderator, "/excerpt daily terminal 07:30 Europe/Amsterdam", CancellationToken.None);
            Assert.NotEqual(ReplyTone.Error, Assert.IsType<MessageReply>(setup).Tone);
            await first.StopAsync();
        }

        using var second = bot.Build(s => s.AddSingleton(poster.Object));
        await second.StartAsync();
        var status = await second.Services.GetRequiredService<CommandDispatcher>()
            .ExecuteLineAsync(moderator, "/excerpt status", CancellationToken.None);
        await second.StopAsync();

        var text = string.Join('\n', Assert.IsType<DocumentReply>(status).Paragraphs);
        Assert.Contains("every day at 07:30 (Europe/Amsterdam)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(bot.DatabaseFile));
    }

    public void Dispose() => bot.Dispose();
}
