using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

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
        CommandOption.Text("choice", "A, B, C or D (or 1-4)", required: true, maxLength: 1) with { DutchDescription = "A, B, C of D (of 1-4)" },
        CommandOption.Integer("question", "The question you answer; set by the answer buttons", 1, QuizCommand.MaxQuestions) with
        {
            DutchDescription = "De vraag die je beantwoordt; de antwoordknoppen vullen dit in",
        },
        CommandOption.Text("quiz", "The quiz you answer; set by the answer buttons", maxLength: QuizSession.IdLength) with
        {
            DutchDescription = "De quiz die je beantwoordt; de antwoordknoppen vullen dit in",
        })
    {
        DutchDescription = "Beantwoordt de huidige quizvraag",
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
            throw new CommandException(QuizTexts.NoQuiz, context.Prefix);
        }

        var (session, outcome) = (change.Value.Session, change.Value.Result);
        var language = QuizReplies.LanguageOf(session);
        if (outcome is null)
        {
            return Private(QuizTexts.QuizOver.In(language), language);
        }

        switch (outcome.Result)
        {
            case AnswerResult.Closed:
                return Private(
                    outcome.Question > session.Questions.Count
                        ? QuizTexts.QuizOver.In(language)
                        : QuizTexts.QuestionClosed.Format(language, asked, outcome.Question),
                    language);
            case AnswerResult.AlreadyAnswered:
                return Private(QuizTexts.AlreadyAnswered.Format(language, outcome.Question), language);
        }

        var right = outcome.Result == AnswerResult.Right;
        await recorder.AnsweredAsync(session, new QuizAnswer(outcome.Question, context.UserId, context.UserName, choice, right, now), cancellationToken).ConfigureAwait(false);
        var question = session.Questions[outcome.Question - 1];
        var parts = QuizReplies.Feedback(question, outcome.Question, right, context.UserName, context.Capabilities.HasPrivateReplies).ToList();
        if (outcome.Advanced)
        {
            // Where the feedback was already public, it told the room who was right.
            if (!session.Solo && context.Capabilities.HasPrivateReplies)
            {
                var answer = $"{QuizReplies.Letter(question.Answer)}. {question.RightChoice}";
                parts.Add(new MessageReply(QuizTexts.GotItRight.Format(question.Language, context.UserName, outcome.Question, answer), ReplyTone.Success) { Language = question.Language });
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
            _ => throw new CommandException(QuizTexts.BadChoice, text),
        };
    }

    private static MessageReply Private(string text, Language language) => new(text) { Visibility = ReplyVisibility.Private, Language = language };
}
