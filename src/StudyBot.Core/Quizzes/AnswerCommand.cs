using System.Globalization;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/answer: answers the current quiz question; the answer buttons run it.</summary>
public sealed class AnswerCommand : ICommand
{
    private readonly IQuizSessionStore sessions;
    private readonly IQuizRecorder recorder;
    private readonly TimeProvider time;

    public AnswerCommand(IQuizSessionStore sessions, IQuizRecorder recorder, TimeProvider time)
    {
        this.sessions = sessions;
        this.recorder = recorder;
        this.time = time;
    }

    public CommandDeclaration Declaration { get; } = new(
        "answer",
        "Answers the current quiz question",
        CommandOption.Text("choice", "A, B, C or D (or 1-4)", required: true, maxLength: 1),
        CommandOption.Integer("question", "The question you answer; set by the answer buttons", 1, QuizCommand.MaxQuestions),
        CommandOption.Text("quiz", "The quiz you answer; set by the answer buttons", maxLength: QuizSession.IdLength))
    {
        IsInternal = true,
        Visibility = ReplyVisibility.Private,
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var choice = ParseChoice(arguments.RequireText("choice"));
        var asked = (int?)arguments.GetInteger("question");
        var quiz = arguments.GetText("quiz");
        var now = time.GetUtcNow();

        // Without a quiz id (typed at the terminal) the answer is for the channel's current quiz.
        var change = await sessions.ChangeAsync(
            context.ChannelId,
            s => s.IsFinished || (quiz is not null && quiz != s.Id) ? null : s.Answer(context.UserId, context.UserName, choice, asked, now),
            cancellationToken).ConfigureAwait(false);
        if (change is null || (change.Value.Result is null && quiz is null))
        {
            throw new CommandException("No quiz is running in this channel. Start one with /quiz start.");
        }

        var (session, outcome) = (change.Value.Session, change.Value.Result);
        if (outcome is null)
        {
            return Private("That quiz is over.");
        }

        switch (outcome.Result)
        {
            case AnswerResult.Closed:
                return Private(outcome.Question > session.Questions.Count
                    ? "That quiz is over."
                    : $"Question {asked} is closed; question {outcome.Question} is open now.");
            case AnswerResult.AlreadyAnswered:
                return Private($"You already answered question {outcome.Question}; wait for the next one.");
        }

        var right = outcome.Result == AnswerResult.Right;
        await recorder.AnsweredAsync(session, new QuizAnswer(outcome.Question, context.UserId, context.UserName, choice, right, now), cancellationToken).ConfigureAwait(false);
        var question = session.Questions[outcome.Question - 1];
        var parts = QuizReplies.Feedback(question, outcome.Question, right).ToList();
        if (outcome.Advanced)
        {
            if (!session.Solo)
            {
                parts.Add(new MessageReply($"{context.UserName} got question {outcome.Question} right: {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.", ReplyTone.Success));
            }

            if (session.IsFinished)
            {
                await sessions.FinishAsync(session, cancellationToken).ConfigureAwait(false);
                await recorder.FinishedAsync(session, cancellationToken).ConfigureAwait(false);
            }

            parts.Add(QuizReplies.AfterQuestion(session));
        }

        return new CompositeReply(parts);
    }

    private static int ParseChoice(string text)
    {
        var c = char.ToUpperInvariant(text.Trim()[0]);
        return c switch
        {
            >= 'A' and <= 'D' => c - 'A',
            >= '1' and <= '4' => c - '1',
            _ => throw new CommandException($"Option 'choice' got '{text}'; expected A, B, C or D (or 1-4)."),
        };
    }

    private static MessageReply Private(string text) => new(text) { Visibility = ReplyVisibility.Private };
}
