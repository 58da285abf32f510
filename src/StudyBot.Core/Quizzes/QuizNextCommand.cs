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

    public CommandDeclaration Declaration { get; } = new("quiz next", "Closes the current quiz question and asks the next");

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var session = QuizControl.RequireControl(sessions, context, "move to the next question");
        var number = session.CurrentIndex + 1;
        var question = session.Questions[number - 1];
        if (!session.Skip(number, time.GetUtcNow()))
        {
            throw new CommandException($"Question {number} was already closed.");
        }

        sessions.Save(session);
        if (session.IsFinished)
        {
            sessions.Finish(session);
            await recorder.FinishedAsync(session, cancellationToken).ConfigureAwait(false);
        }

        var closed = new MessageReply($"Question {number} closed. The answer was {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.");
        return new CompositeReply([closed, QuizReplies.AfterQuestion(session)]);
    }
}
