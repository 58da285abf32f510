using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quizzes;

/// <summary>What the quiz commands say: feedback, notes, boards and refusals.</summary>
internal static class QuizTexts
{
    public static readonly LocalText NoQuiz = new(
        "No quiz is running in this channel. Start one with {0}quiz start.",
        "In dit kanaal loopt geen quiz. Begin er een met {0}quiz start.");

    public static readonly LocalText BadChoice = new(
        "Option 'choice' got '{0}'; expected A, B, C or D (or 1-4).",
        "Optie 'choice' kreeg '{0}'; verwacht A, B, C of D (of 1-4).");

    public static readonly LocalText NoResultsFor = new(
        "No quiz results for '{0}' in this community: no member of that name has answered a quiz question here.",
        "Geen quizresultaten voor '{0}' in deze gemeenschap: niemand met die naam heeft hier een quizvraag beantwoord.");

    public static readonly LocalText NoOwnResults = new(
        "You have not answered a quiz question in this community yet. Start a quiz with {0}quiz start.",
        "Je hebt in deze gemeenschap nog geen quizvraag beantwoord. Begin een quiz met {0}quiz start.");

    public static readonly LocalText TooFewDocuments = new(
        "Source questions need at least {0} documents; the corpus has {1}. Try kind:cloze.",
        "Bronvragen hebben minstens {0} documenten nodig; er zijn er {1}. Probeer kind:cloze.");

    public static readonly LocalText TooFewSections = new(
        "Source questions on one text ask which part a passage is from, and need at least {0} sections with headings of their own; {1} has {2}. Try kind:cloze.",
        "Bronvragen over één tekst vragen uit welk deel een passage komt, en hebben minstens {0} delen met een eigen kop nodig; {1} heeft er {2}. Probeer kind:cloze.");

    public static readonly LocalText NoQuestions = new(
        "No {0} questions can be made from {1}. Try kind:cloze or another document.",
        "Van {1} zijn geen vragen van de soort {0} te maken. Probeer kind:cloze of een ander document.");

    public static readonly LocalText TheCorpus = new("the corpus", "de teksten");

    public static readonly LocalText AlreadyRunning = new(
        "A quiz is already running here (question {0} of {1}). Answer it, or end it with {2}quiz stop.",
        "Hier loopt al een quiz (vraag {0} van {1}). Beantwoord die, of stop hem met {2}quiz stop.");

    public static readonly LocalText OnlyStarterMayMoveOn = new(
        "Only the member who started the quiz or a moderator can move to the next question.",
        "Alleen wie de quiz begon of een moderator kan naar de volgende vraag gaan.");

    public static readonly LocalText OnlyStarterMayStop = new(
        "Only the member who started the quiz or a moderator can stop the quiz.",
        "Alleen wie de quiz begon of een moderator kan de quiz stoppen.");

    public static readonly LocalText Right = new("Right! Question {0}: {1}.", "Goed! Vraag {0}: {1}.");

    public static readonly LocalText NotQuite = new("Not quite. The answer to question {0} is {1}.", "Niet helemaal. Het antwoord op vraag {0} is {1}.");

    public static readonly LocalText Counted = new(
        "{0} answered question {1}. The answer follows when the question closes.",
        "{0} heeft vraag {1} beantwoord. Het antwoord volgt als de vraag sluit.");

    public static readonly LocalText GotItRight = new("{0} got question {1} right: {2}.", "{0} had vraag {1} goed: {2}.");

    public static readonly LocalText ClosedWithAnswer = new("Question {0} closed. The answer was {1}.", "Vraag {0} is gesloten. Het antwoord was {1}.");

    public static readonly LocalText QuizOver = new("That quiz is over.", "Die quiz is voorbij.");

    public static readonly LocalText QuestionClosed = new(
        "Question {0} is closed; question {1} is open now.",
        "Vraag {0} is gesloten; nu is vraag {1} open.");

    public static readonly LocalText AlreadyAnswered = new(
        "You already answered question {0}; wait for the next one.",
        "Je hebt vraag {0} al beantwoord; wacht op de volgende.");

    public static readonly LocalText AboutText = new("About: {0}", "Over: {0}");

    public static readonly LocalText NoOneAnswered = new("No one answered.", "Niemand heeft geantwoord.");

    public static readonly LocalText Standing = new("{0}. {1}: {2} right of {3} answered", "{0}. {1}: {2} goed van {3} beantwoord");

    public static readonly LocalText BoardHeading = new("{0}: {1} ({2} questions)", "{0}: {1} ({2} vragen)");

    public static readonly LocalText Results = new("Quiz results", "Quizuitslag");

    public static readonly LocalText Stopped = new("Quiz stopped", "Quiz gestopt");

    public static readonly LocalText OnlySome = new(
        "Only {0} {1} questions could be made from {2}: each fact is asked once, and the text states no more that make a fair question.",
        "Van {2} waren maar {0} vragen van de soort {1} te maken: elk feit wordt één keer gevraagd, en de tekst geeft er niet meer die een eerlijke vraag opleveren.");

    public static readonly LocalText OnlySomeFilledUp = new(
        "Only {0} questions could be made from {2}, with other kinds filling in for {1} questions: each fact is asked once, and the text states no more that make a fair question.",
        "Van {2} waren maar {0} vragen te maken, met andere soorten in plaats van de soort {1}: elk feit wordt één keer gevraagd, en de tekst geeft er niet meer die een eerlijke vraag opleveren.");

    public static readonly LocalText FilledUp = new(
        "Too few {1} questions could be made from {2}; other kinds fill the quiz.",
        "Van {2} waren te weinig vragen van de soort {1} te maken; andere soorten vullen de quiz aan.");

    public static readonly LocalText AlreadyClosed = new(
        "Question {0} was already closed.",
        "Vraag {0} was al gesloten.");
}
