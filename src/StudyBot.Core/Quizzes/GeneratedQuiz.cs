using System.Collections;

namespace StudyBot.Core.Quizzes;

/// <summary>The questions drawn for a quiz, and whether other kinds had to fill in for the kind asked.</summary>
/// <remarks>A list of its questions, so it goes wherever the questions go.</remarks>
public sealed class GeneratedQuiz : IReadOnlyList<QuizQuestion>
{
    private readonly IReadOnlyList<QuizQuestion> questions;

    public GeneratedQuiz(IReadOnlyList<QuizQuestion> questions, bool filledUpWithOtherKinds)
    {
        ArgumentNullException.ThrowIfNull(questions);
        this.questions = questions;
        FilledUpWithOtherKinds = filledUpWithOtherKinds;
    }

    /// <summary>
    /// Whether the texts gave too few questions of the kind asked (a text without an infobox gives few choice
    /// questions) and questions of other kinds were added to reach the number asked; the quiz should say so.
    /// </summary>
    public bool FilledUpWithOtherKinds { get; }

    public int Count => questions.Count;

    public QuizQuestion this[int index] => questions[index];

    public IEnumerator<QuizQuestion> GetEnumerator() => questions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
