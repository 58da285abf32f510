using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Whether a quiz of source questions can be asked on a scope: "which text" over the whole corpus needs several texts,
/// "which part" on one text needs sections to offer. <c>/quiz start</c> refuses such a quiz with the reason, and the
/// review sample plans only the quizzes a member could start.
/// </summary>
public sealed class SourceQuizAvailability
{
    private readonly CorpusLibrary library;
    private readonly SourceQuestions sources;
    private readonly SectionQuestions sections;

    public SourceQuizAvailability(CorpusLibrary library, SourceQuestions sources, SectionQuestions sections)
    {
        this.library = library;
        this.sources = sources;
        this.sections = sections;
    }

    /// <summary>Whether a source quiz on <paramref name="document"/>, or on the whole corpus when it is null, can start.</summary>
    public bool IsAvailable(Document? document) => Refusal(document) is null;

    /// <summary>Why a source quiz on <paramref name="document"/>, or on the whole corpus when it is null, cannot start; null when it can.</summary>
    public CommandException? Refusal(Document? document) => document switch
    {
        null when !sources.IsAvailable => new CommandException(QuizTexts.TooFewDocuments, SourceQuestions.MinDocuments, library.Documents.Count),
        not null when !sections.IsAvailable(document) =>
            new CommandException(QuizTexts.TooFewSections, SectionQuestions.MinSections, document.Title, sections.UsableCount(document)),
        _ => null,
    };
}
