using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quizzes;

/// <summary>What /quiz stats and /quiz leaderboard say.</summary>
internal static class QuizStatisticsTexts
{
    public static readonly LocalText OneQuiz = new(
        "{0}: {1} right of {2} answered ({3}%) in {4} quiz",
        "{0}: {1} goed van {2} beantwoord ({3}%) in {4} quiz");

    public static readonly LocalText Quizzes = new(
        "{0}: {1} right of {2} answered ({3}%) in {4} quizzes",
        "{0}: {1} goed van {2} beantwoord ({3}%) in {4} quizzen");

    public static readonly LocalText NobodyYet = new(
        "No one in this community has answered a quiz question yet. Start a quiz with {0}quiz start.",
        "Nog niemand in deze gemeenschap heeft een quizvraag beantwoord. Start een quiz met {0}quiz start.");

    public static readonly LocalText Leaderboard = new("Quiz leaderboard", "Quizranglijst");
}
