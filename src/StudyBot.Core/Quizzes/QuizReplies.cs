using System.Globalization;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>Turns quiz state into replies: the question with answer buttons, private feedback, the results board.</summary>
public static class QuizReplies
{
    public static string Letter(int choice) => ((char)('A' + choice)).ToString();

    /// <summary>The current question, its heading in the question's language, one answer button per choice.</summary>
    public static QuestionReply Question(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var number = session.CurrentIndex + 1;
        var question = session.Questions[session.CurrentIndex];
        var heading = string.Format(CultureInfo.InvariantCulture, QuizWording.For(question.Language).Question, number, session.Questions.Count);
        return new QuestionReply($"{heading} · {session.Title}", question.Prompt, question.Choices)
        {
            Actions = question.Choices
                .Select((_, i) => new ReplyAction(Letter(i), CommandLineWriter.Write("answer", ("choice", Letter(i)), ("question", number), ("quiz", session.Id))))
                .ToArray(),
        };
    }

    /// <summary>Right or wrong, the right answer, and the sentence it comes from with its attribution; for the answerer only.</summary>
    public static IEnumerable<Reply> Feedback(QuizQuestion question, int number, bool right)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = $"{Letter(question.Answer)}. {question.RightChoice}";
        yield return new MessageReply(
            right ? $"Right! Question {number}: {answer}." : $"Not quite. The answer to question {number} is {answer}.",
            // A wrong answer is part of the game, not a failed command: front doors render Error tones as refusals.
            right ? ReplyTone.Success : ReplyTone.Info) { Visibility = ReplyVisibility.Private };
        yield return new QuoteReply(question.SourceText, question.Source) { Visibility = ReplyVisibility.Private };
    }

    /// <summary>Members by score; see <see cref="QuizSession.Board"/> for the order.</summary>
    public static ListReply Board(QuizSession session, string title)
    {
        ArgumentNullException.ThrowIfNull(session);
        var standings = session.Board();
        var items = standings.Count == 0
            ? [RichText.Plain("No one answered.")]
            : standings.Select(s => RichText.Plain($"{s.Rank}. {s.UserName}: {s.Right} right of {s.Answered} answered")).ToArray();
        return new ListReply($"{title}: {session.Title} ({session.Questions.Count} questions)", items);
    }

    /// <summary>After a question closes: the next question, or the board when it was the last.</summary>
    public static Reply AfterQuestion(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsFinished ? Board(session, "Quiz results") : Question(session);
    }
}
