using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz next: closes the current question and shows the next; for the quiz's starter or a moderator.</summary>
public sealed class QuizNextCommand : ICommand
{
    private readonly IQuizSessionStore sessions;
    private readonly IQuizRecorder recorder;
    private readonly TimeProvider time;

    public QuizNextCommand(IQuizSessionStore sessions, IQuizRecorder recorder, TimeProvider time)
    {
        this.sessions = sessions;
        this.recorder = recorder;
        this.time = time;
    }

    public CommandDeclaration Declaration { get; } = new("quiz next", "Closes the current quiz question and asks the next")
    {
        DutchDescription = "Sluit de huidige quizvraag en stelt de volgende",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var running = await QuizControl.RequireControlAsync(sessions, context, QuizTexts.OnlyStarterMayMoveOn, cancellationToken).ConfigureAwait(false);
        var number = running.CurrentIndex + 1;
        var question = running.Questions[number - 1];
        var now = time.GetUtcNow();
        var change = await sessions.ChangeAsync(context.ChannelId, s => s.Id == running.Id && s.Skip(number, now), cancellationToken).ConfigureAwait(false);
        if (change is not ({ } session, true))
        {
            throw new CommandException(QuizTexts.AlreadyClosed, number);
        }

        if (session.IsFinished)
        {
            await sessions.FinishAsync(session, cancellationToken).ConfigureAwait(false);
            await recorder.FinishedAsync(session, cancellationToken).ConfigureAwait(false);
        }

        return new CompositeReply([.. QuizReplies.Closed(question, number), QuizReplies.AfterQuestion(session)]);
    }
}
