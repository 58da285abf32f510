using StudyBot.Core.Commands;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quizzes;

/// <summary>Who may steer a running quiz: the member who started it, or a moderator.</summary>
internal static class QuizControl
{
    public static async Task<QuizSession> RequireControlAsync(IQuizSessionStore sessions, CommandContext context, LocalText refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = await sessions.FindAsync(context.ChannelId, cancellationToken).ConfigureAwait(false);
        if (session is null || session.IsFinished)
        {
            throw new CommandException(QuizTexts.NoQuiz, context.Prefix);
        }

        return session.StarterId == context.UserId || context.IsModerator
            ? session
            : throw new CommandException(refusal);
    }
}
