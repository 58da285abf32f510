using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>A quiz on the bundled corpus, started with /quiz start and answered by pressing its buttons.</summary>
public sealed class QuizButtonEndToEndTests : IAsyncLifetime
{
    /// <summary>How a right or wrong answer's feedback begins, in English or Dutch.</summary>
    private const string Verdict = "^(Right!|Not quite\\.|Goed!|Niet helemaal\\.)";

    private FrontDoorSession _session = null!;

    // The small test corpus repeats itself too much for a fair quiz; the seeds make real questions.
    public async Task InitializeAsync() => _session = await FrontDoorSession.StartAsync(
        (services, configuration) => services.AddCorpus(configuration),
        new Dictionary<string, string?> { ["StudyBot:Corpus:Folder"] = Repository.SeedsFolder });

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task QuizStart_AnswerButtonPressed_FeedbackOnlyForThePresser()
    {
        var question = await _session.ReplyAsync(InteractionPayloads.Command("740000000000000002", "quiz", "start"));
        var answers = InteractionPayloads.Buttons(question);

        Assert.True(question["flags"] is null, question.ToJsonString());
        Assert.Equal(["A", "B", "C", "D"], answers.Select(b => b.Label));
        var feedback = await _session.ReplyAsync(InteractionPayloads.Press("740000000000000003", answers[0].CustomId));
        Assert.Equal(64, feedback["flags"]!.GetValue<int>());
        // A quiz over the whole corpus may open with a Dutch question, whose feedback is Dutch.
        Assert.Matches(Verdict, feedback["content"]!.GetValue<string>());
        var again = await _session.ReplyAsync(InteractionPayloads.Press("740000000000000004", answers[1].CustomId));
        Assert.Equal(64, again["flags"]!.GetValue<int>());
        Assert.DoesNotMatch(Verdict, again["content"]!.GetValue<string>());
    }
}
