using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quizzes;

/// <summary>The words of quiz headings and questions, asked in the language of the document they are about.</summary>
internal static class QuizWording
{
    public static readonly LocalText Question = new("Question {0} of {1}", "Vraag {0} van {1}");

    public static readonly LocalText MissingYear = new("Which year is missing?", "Welk jaar ontbreekt?");

    public static readonly LocalText MissingNumber = new("Which number is missing?", "Welk getal ontbreekt?");

    public static readonly LocalText MissingName = new("Which name is missing?", "Welke naam ontbreekt?");

    public static readonly LocalText MissingPlace = new("Which place is missing?", "Welke plaats ontbreekt?");

    public static readonly LocalText MissingWord = new("Which word is missing?", "Welk woord ontbreekt?");

    public static readonly LocalText WhichText = new("Which text is this passage from?", "Uit welke tekst komt deze passage?");

    public static readonly LocalText WhichPart = new("Which part of “{0}” is this passage from?", "Uit welk deel van “{0}” komt deze passage?");

    public static readonly LocalText WhoLed = new("Who led {0}?", "Wie leidde {0}?");

    public static readonly LocalText WhoWasSpokesperson = new("Who was the spokesperson of {0}?", "Wie was de woordvoerder van {0}?");

    public static readonly LocalText WhoFounded = new("Who founded {0}?", "Wie richtte {0} op?");

    public static readonly LocalText WhoChaired = new("Who chaired {0}?", "Wie was de voorzitter van {0}?");

    public static readonly LocalText WhenFounded = new("When was {0} founded?", "Wanneer werd {0} opgericht?");

    public static readonly LocalText WhenDissolved = new("When was {0} dissolved?", "Wanneer werd {0} ontbonden?");

    public static readonly LocalText WhoWrote = new("Who wrote “{0}”?", "Wie schreef “{0}”?");

    public static readonly LocalText WhenPublished = new("In which year was “{0}” published?", "In welk jaar verscheen “{0}”?");

    /// <summary>The prompt of a cloze question whose blank holds an answer of <paramref name="kind"/>.</summary>
    public static LocalText Missing(AnswerKind kind) => kind switch
    {
        AnswerKind.Year => MissingYear,
        AnswerKind.Number => MissingNumber,
        AnswerKind.Person => MissingName,
        AnswerKind.Place => MissingPlace,
        _ => MissingWord,
    };
}
