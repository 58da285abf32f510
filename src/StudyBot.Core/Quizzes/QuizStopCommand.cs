using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz stop: ends the channel's quiz early and shows the results; for the quiz's starter or a moderator.</summary>
public sealed class QuizStopCommand : ICommand
{
    private readonly IQuizSessionStore sessions;

    public QuizStopCommand(IQuizSessionStore sessions)
    {
        this.sessions = sessions;
    }

    public CommandDeclaration Declaration { get; } = new("quiz stop", "Ends the quiz in this channel and shows the results");

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var session = QuizControl.RequireControl(sessions, context, "stop the quiz");
        sessions.Finish(session);
        return Task.FromResult<Reply>(QuizReplies.Board(session, "Quiz stopped"));
    }
}
