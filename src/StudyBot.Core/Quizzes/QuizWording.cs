using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>The words of quiz questions and feedback in a document's language.</summary>
public sealed record QuizWording(
    string Question,
    string MissingYear,
    string MissingNumber,
    string MissingName,
    string MissingWord,
    string WhichText,
    string WhoLed,
    string WhoWasSpokesperson,
    string WhoFounded,
    string WhoChaired,
    string WhenFounded,
    string WhenDissolved,
    string WhoWrote)
{
    public static readonly QuizWording English = new(
        "Question {0} of {1}",
        "Which year is missing?",
        "Which number is missing?",
        "Which name is missing?",
        "Which word is missing?",
        "Which text is this passage from?",
        "Who led {0}?",
        "Who was the spokesperson of {0}?",
        "Who founded {0}?",
        "Who chaired {0}?",
        "When was {0} founded?",
        "When was {0} dissolved?",
        "Who wrote “{0}”?");

    public static readonly QuizWording Dutch = new(
        "Vraag {0} van {1}",
        "Welk jaar ontbreekt?",
        "Welk getal ontbreekt?",
        "Welke naam ontbreekt?",
        "Welk woord ontbreekt?",
        "Uit welke tekst komt deze passage?",
        "Wie leidde {0}?",
        "Wie was de woordvoerder van {0}?",
        "Wie richtte {0} op?",
        "Wie was de voorzitter van {0}?",
        "Wanneer werd {0} opgericht?",
        "Wanneer werd {0} ontbonden?",
        "Wie schreef “{0}”?");

    public static QuizWording For(Language language) => language == Language.Dutch ? Dutch : English;

    public string Missing(AnswerKind kind) => kind switch
    {
        AnswerKind.Year => MissingYear,
        AnswerKind.Number => MissingNumber,
        AnswerKind.Person or AnswerKind.Place => MissingName,
        _ => MissingWord,
    };
}
