using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;

namespace StudyBot.Core.Quizzes;

/// <summary>Draws the questions of a quiz from a document or the whole corpus, never two from the same source text.</summary>
public sealed class QuizGenerator
{
    /// <summary>Random sentences or passages tried per question wanted before settling for fewer questions.</summary>
    private const int AttemptsPerQuestion = 60;

    /// <summary>Failed tries at a mixed quiz's turn before another kind may take it; most sentences make no cloze question, most passages make a source question.</summary>
    private const int TriesBeforeFallback = 25;

    /// <summary>Documents one quiz on the whole corpus draws from; reading every document of a large corpus would keep the quiz waiting.</summary>
    private const int MaxQuizDocuments = 8;

    private static readonly QuestionKind[] Rotation = [QuestionKind.Cloze, QuestionKind.Choice, QuestionKind.Source];

    private readonly CorpusLibrary library;
    private readonly ClozeQuestions cloze;
    private readonly FactQuestions facts;
    private readonly SourceQuestions sources;
    private readonly RandomSource random;

    public QuizGenerator(CorpusLibrary library, ClozeQuestions cloze, FactQuestions facts, SourceQuestions sources, RandomSource random)
    {
        this.library = library;
        this.cloze = cloze;
        this.facts = facts;
        this.sources = sources;
        this.random = random;
    }

    /// <summary>
    /// Up to <paramref name="count"/> questions; fewer when the texts do not support more of the kind asked.
    /// A mixed quiz takes cloze, choice and source questions in turn, each falling back to the others.
    /// </summary>
    public IReadOnlyList<QuizQuestion> Create(Document? document, int count, QuizMix mix)
    {
        var documents = document is null ? random.Shuffled(library.Documents).Take(MaxQuizDocuments).ToArray() : [document];
        var factQueue = new Queue<QuizQuestion>(mix is QuizMix.Choice or QuizMix.Mixed
            ? random.Shuffled(documents.SelectMany(d => facts.Create(d, random)))
            : []);
        var usedSources = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<QuizQuestion>();
        var failedTries = 0;
        for (var attempt = 0; questions.Count < count && attempt < count * AttemptsPerQuestion; attempt++)
        {
            var turns = Rotation.Where(k => k != QuestionKind.Choice || factQueue.Count > 0).ToArray();
            var turn = questions.Count % turns.Length;
            var kinds = mix switch
            {
                QuizMix.Cloze => [QuestionKind.Cloze],
                QuizMix.Choice => [QuestionKind.Choice],
                QuizMix.Source => [QuestionKind.Source],
                _ when failedTries < TriesBeforeFallback => [turns[turn]],
                _ => turns.Skip(turn).Concat(turns.Take(turn)).ToArray(),
            };
            var before = questions.Count;
            foreach (var kind in kinds)
            {
                var question = kind switch
                {
                    QuestionKind.Cloze => TryCloze(documents),
                    QuestionKind.Choice => factQueue.TryDequeue(out var fact) ? fact : null,
                    _ => sources.TryCreate(random.Pick(documents), random),
                };
                if (question is not null && usedSources.Add(question.SourceText))
                {
                    questions.Add(question);
                    break;
                }
            }

            failedTries = questions.Count > before ? 0 : failedTries + 1;
            if (mix == QuizMix.Choice && factQueue.Count == 0)
            {
                break;
            }
        }

        return questions;
    }

    private QuizQuestion? TryCloze(IReadOnlyList<Document> documents)
    {
        var document = random.Pick(documents);
        return document.Sentences.Count == 0 ? null : cloze.TryCreate(document, random.Pick(document.Sentences), random);
    }
}
