using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>The kinds of question a quiz can ask.</summary>
public enum QuestionKind
{
    /// <summary>A sentence with a year, number, name or key term blanked out.</summary>
    Cloze,

    /// <summary>A question about a fact the text states reliably (an infobox line, "X was led by Y").</summary>
    Choice,

    /// <summary>Which text a passage comes from.</summary>
    Source,
}

/// <summary>
/// One question with four choices, exactly one right. Plain values only, so a persistent session store can
/// keep it as it is.
/// </summary>
/// <param name="Kind">What kind of question it is.</param>
/// <param name="Prompt">The question as shown, in the source document's language.</param>
/// <param name="Choices">Four choices, distinct after folding.</param>
/// <param name="Answer">Index of the right choice.</param>
/// <param name="SourceText">The sentence or passage the question was made from, quoted in the feedback.</param>
/// <param name="Source">Where <paramref name="SourceText"/> comes from.</param>
/// <param name="Language">The language of the wording.</param>
public sealed record QuizQuestion(
    QuestionKind Kind,
    string Prompt,
    IReadOnlyList<string> Choices,
    int Answer,
    string SourceText,
    Attribution Source,
    Language Language)
{
    public string RightChoice => Choices[Answer];

    /// <summary>For a cloze question, what kind of answer it blanks, so a quiz can mix them; null for other kinds.</summary>
    public AnswerKind? BlankKind { get; init; }

    /// <summary>
    /// The title of the text the question is about, for a quiz over several texts to show with the question;
    /// null for a source question, whose answer it is.
    /// </summary>
    public string? AboutText => Kind == QuestionKind.Source ? null : Source.Title;
}
