using Microsoft.Extensions.DependencyInjection;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Posting;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests;

public sealed class StudyBotServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddStudyBot_ExampleSettings_StartTheWholeBotAndAConfiguredExcerptSurvivesARestart()
    {
        await using var database = TestDatabase.Sqlite();
        var poster = new Mock<IChannelPoster>();
        poster.SetupGet(p => p.Platform).Returns("terminal");
        var moderator = new CommandContext("terminal", "terminal:local", "terminal:terminal", "terminal:ada", "ada", IsModerator: true);

        using (var first = Build(database, poster.Object))
        {
            await first.StartAsync();
            var dispatcher = first.Services.GetRequiredService<CommandDispatcher>();
            Assert.Equal(5, first.Services.GetRequiredService<CorpusLibrary>().Documents.Count);
            var setup = await dispatcher.ExecuteLineAsync(moderator, $"{CommandLines.ExcerptDaily} terminal 07:30 Europe/Amsterdam", CancellationToken.None);
            Assert.NotEqual(ReplyTone.Error, Assert.IsType<MessageReply>(setup).Tone);
            await first.StopAsync();
        }

        using var second = Build(database, poster.Object);
        await second.StartAsync();
        var status = await second.Services.GetRequiredService<CommandDispatcher>()
            .ExecuteLineAsync(moderator, CommandLines.ExcerptStatus, CancellationToken.None);
        await second.StopAsync();

        var text = string.Join('\n', Assert.IsType<DocumentReply>(status).Paragraphs);
        Assert.Contains("every day at 07:30 (Europe/Amsterdam)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(database.SqliteFile));
    }

    private static Microsoft.Extensions.Hosting.IHost Build(TestDatabase database, IChannelPoster poster) =>
        TestBot.Build(database, TimeProvider.System, poster, Repository.ExampleSettings(), (services, configuration) => services.AddCorpus(configuration));
}
