using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>Who may steer a running quiz: the member who started it, or a moderator.</summary>
internal static class QuizControl
{
    public static async Task<QuizSession> RequireControlAsync(IQuizSessionStore sessions, CommandContext context, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await sessions.FindAsync(context.ChannelId, cancellationToken).ConfigureAwait(false);
        if (session is null || session.IsFinished)
        {
            throw new CommandException("No quiz is running in this channel. Start one with /quiz start.");
        }

        return session.StarterId == context.UserId || context.IsModerator
            ? session
            : throw new CommandException($"Only the member who started the quiz or a moderator can {action}.");
    }
}
