using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz stop: ends the channel's quiz early and shows the results; for the quiz's starter or a moderator.</summary>
public sealed class QuizStopCommand : ICommand
{
    private readonly IQuizSessionStore sessions;
    private readonly IQuizRecorder recorder;

    public QuizStopCommand(IQuizSessionStore sessions, IQuizRecorder recorder)
    {
        this.sessions = sessions;
        this.recorder = recorder;
    }

    public CommandDeclaration Declaration { get; } = new("quiz stop", "Ends the quiz in this channel and shows the results")
    {
        DutchDescription = "Beëindigt de quiz in dit kanaal en toont de uitslag",
    };

    /// <remarks>The answers given so far are already recorded; finishing adds them to the members' totals.</remarks>
    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var session = await QuizControl.RequireControlAsync(sessions, context, QuizTexts.OnlyStarterMayStop, cancellationToken).ConfigureAwait(false);
        await sessions.FinishAsync(session, cancellationToken).ConfigureAwait(false);
        await recorder.FinishedAsync(session, cancellationToken).ConfigureAwait(false);
        return QuizReplies.Board(session, QuizTexts.Stopped);
    }
}
