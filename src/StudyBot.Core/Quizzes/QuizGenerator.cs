using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Sentences;
using StudyBot.Core.Text;
using StudyBot.Core.Randomness;

namespace StudyBot.Core.Quizzes;

/// <summary>Draws the questions of a quiz from a document or the whole corpus, never two from the same source text or about the same fact.</summary>
public sealed class QuizGenerator
{
    /// <summary>Random sentences or passages tried per question wanted before settling for fewer questions.</summary>
    private const int AttemptsPerQuestion = 60;

    /// <summary>Failed tries at a mixed quiz's turn before another kind may take it; most sentences make no cloze question, most passages make a source question.</summary>
    private const int TriesBeforeFallback = 25;

    /// <summary>Documents one quiz on the whole corpus draws from; reading every document of a large corpus would keep the quiz waiting.</summary>
    private const int MaxQuizDocuments = 8;

    /// <summary>
    /// The share of a quiz one kind of blank may take while other kinds can still be found: a text full of dates
    /// would otherwise ask sixteen years out of twenty.
    /// </summary>
    private const double MaxBlankKindShare = 0.4;

    /// <summary>
    /// The share key-term blanks may take before the quiz has run out of other questions: a general noun is the blank
    /// where a second choice most often fits too, so they stay few.
    /// </summary>
    private const double MaxTermShare = 0.2;

    /// <summary>Draws of a quiz at most, when one falls short: a small text holds about as many facts as a quiz asks.</summary>
    private const int MaxDraws = 4;

    private static readonly QuestionKind[] Rotation = [QuestionKind.Cloze, QuestionKind.Choice, QuestionKind.Source];

    private static readonly QuestionKind[] OneTextRotation = [QuestionKind.Cloze, QuestionKind.Choice];

    private readonly CorpusLibrary library;
    private readonly ClozeQuestions cloze;
    private readonly FactQuestions facts;
    private readonly SourceQuestions sources;
    private readonly SectionQuestions sections;
    private readonly RandomSource random;

    public QuizGenerator(CorpusLibrary library, ClozeQuestions cloze, FactQuestions facts, SourceQuestions sources, SectionQuestions sections, RandomSource random)
    {
        this.library = library;
        this.cloze = cloze;
        this.facts = facts;
        this.sources = sources;
        this.sections = sections;
        this.random = random;
    }

    /// <summary>
    /// Up to <paramref name="count"/> questions. A mixed quiz takes cloze, choice and source questions in turn,
    /// each falling back to the others; a quiz of one kind that the texts do not give enough of fills up with
    /// the other kinds and says so. A source question asks which text a passage is from in a quiz over several
    /// documents, and which section in a quiz on one text, whose title would answer "which text" every time; there it
    /// fills in after the other kinds.
    /// </summary>
    public GeneratedQuiz Create(Document? document, int count, QuizMix mix)
    {
        // Which sentence asks which fact follows the order of the draws: a sentence holding two years may be drawn for
        // the one that others also give, and its other year is then lost, as the sentence is not shown twice. A quiz
        // that falls short of the questions its text holds is drawn again in another order.
        var quiz = Draw(document, count, mix);
        for (var draw = 1; draw < MaxDraws && quiz.Count < count; draw++)
        {
            var again = Draw(document, count, mix);
            if (again.Count > quiz.Count)
            {
                quiz = again;
            }
        }

        return quiz;
    }

    private GeneratedQuiz Draw(Document? document, int count, QuizMix mix)
    {
        var documents = document is null ? random.Shuffled(library.Documents).Take(MaxQuizDocuments).ToArray() : [document];
        var draft = new Draft(this, documents);

        // Which part of one text a passage is from is the weakest question a text gives: it fills in only when the
        // text's facts run out, or when it is what was asked.
        var rotation = document is null ? Rotation : OneTextRotation;
        var asked = mix switch
        {
            QuizMix.Cloze => [QuestionKind.Cloze],
            QuizMix.Choice => [QuestionKind.Choice],
            QuizMix.Source => [QuestionKind.Source],
            _ => rotation,
        };
        draft.FillMixed(count, asked);
        var before = draft.Questions.Count;
        if (before < count && mix != QuizMix.Mixed)
        {
            draft.FillMixed(count, rotation);
        }

        if (draft.Questions.Count < count && document is not null && mix != QuizMix.Source)
        {
            draft.FillMixed(count, [QuestionKind.Source]);
        }

        return new GeneratedQuiz(draft.Questions, mix != QuizMix.Mixed && draft.Questions.Count > before);
    }

    private QuizQuestion? TryCloze(IReadOnlyList<Document> documents, bool allowTerms, IReadOnlySet<AnswerKind> excluded)
    {
        var document = random.Pick(documents);
        return document.Sentences.Count == 0 ? null : cloze.TryCreate(document, random.Pick(document.Sentences), random, allowTerms, excluded);
    }

    /// <summary>The questions drawn so far and what they used up.</summary>
    private sealed class Draft(QuizGenerator generator, Document[] documents)
    {
        /// <summary>Splits the questions' texts, so overlapping passages are told by the sentences they share.</summary>
        private static readonly SentenceSegmenter Segmenter = new();

        private readonly HashSet<string> usedFacts = new(StringComparer.Ordinal);
        private readonly HashSet<string> shownSentences = new(StringComparer.Ordinal);
        private Queue<QuizQuestion>? factQueue;

        public List<QuizQuestion> Questions { get; } = [];

        private bool SourcesAllowed => documents.Length > 1 || generator.sections.IsAvailable(documents[0]);

        /// <summary>
        /// Fills up first with each kind of blank held to its share, then without; key terms make the weakest blanks,
        /// so within each they come in only when the sharper questions run out.
        /// </summary>
        public void FillMixed(int count, QuestionKind[] kinds)
        {
            var share = Share(count, MaxBlankKindShare);
            var terms = Share(count, MaxTermShare);
            Fill(count, kinds, allowTerms: false, share, terms);
            Fill(count, kinds, allowTerms: true, share, terms);
            Fill(count, kinds, allowTerms: false, int.MaxValue, int.MaxValue);
            Fill(count, kinds, allowTerms: true, int.MaxValue, int.MaxValue);
        }

        private static int Share(int count, double share) => Math.Max(1, (int)Math.Ceiling(count * share));

        private void Fill(int count, QuestionKind[] kinds, bool allowTerms, int share, int terms)
        {
            var failedTries = 0;
            for (var attempt = 0; Questions.Count < count && attempt < count * AttemptsPerQuestion; attempt++)
            {
                var turns = kinds.Where(Available).ToArray();
                if (turns.Length == 0)
                {
                    return;
                }

                var turn = Questions.Count % turns.Length;
                var tried = failedTries < TriesBeforeFallback ? [turns[turn]] : turns.Skip(turn).Concat(turns.Take(turn)).ToArray();
                var before = Questions.Count;
                var full = Questions.Where(q => q.BlankKind is not null).GroupBy(q => q.BlankKind!.Value).Where(g => g.Count() >= (g.Key == AnswerKind.Term ? terms : share)).Select(g => g.Key).ToHashSet();
                foreach (var kind in tried)
                {
                    // A sentence whose blank asked a fact already asked stays free: another draw may blank another of its answers.
                    if (Make(kind, allowTerms, full) is { } question && SentencesOf(question) is var sentences
                        && !sentences.Any(shownSentences.Contains) && usedFacts.Add(FactKey(question)))
                    {
                        Questions.Add(question);
                        shownSentences.UnionWith(sentences);
                        break;
                    }
                }

                failedTries = Questions.Count > before ? 0 : failedTries + 1;
            }
        }

        /// <summary>
        /// The sentences a question shows, so no later one shows them again: a passage that writes out a sentence blanked
        /// before answers that question, and two passages that share a sentence ("Big attention was paid to strike
        /// committees.") ask one thing twice.
        /// </summary>
        private static string[] SentencesOf(QuizQuestion question) =>
            Segmenter.Split(question.SourceText, question.Language).Select(s => TextFolding.Fold(FootnoteMarkers.Remove(s)).Trim()).ToArray();

        private bool Available(QuestionKind kind) => kind switch
        {
            QuestionKind.Choice => Facts().Count > 0,
            QuestionKind.Source => SourcesAllowed,
            _ => true,
        };

        private QuizQuestion? Make(QuestionKind kind, bool allowTerms, IReadOnlySet<AnswerKind> full) => kind switch
        {
            QuestionKind.Cloze => generator.TryCloze(documents, allowTerms, full),
            QuestionKind.Choice => Facts().TryDequeue(out var fact) ? fact : null,
            _ when documents.Length == 1 => generator.sections.TryCreate(documents[0], generator.random),
            _ => generator.sources.TryCreate(generator.random.Pick(documents), generator.random),
        };

        private Queue<QuizQuestion> Facts() =>
            factQueue ??= new Queue<QuizQuestion>(generator.random.Shuffled(documents.SelectMany(d => generator.facts.Create(d, generator.random))));

        /// <summary>
        /// What a question asks, so one fact is not asked twice: "Who led Workers' Opposition?" from the infobox and
        /// "Who led the Workers' Opposition?" from the text are one question. A year, number or term blank asks its
        /// answer in its text: "on 11 September, _____, a founding conference" and "from the founding conference of
        /// _____" both ask 1993, and a second "bolsjewistische _____" is answered by the first. A name blank asks its
        /// answer in its passage; the same place in another part of the text is another event.
        /// </summary>
        private static string FactKey(QuizQuestion question) => question.Kind switch
        {
            QuestionKind.Choice => string.Join(' ', Tokenizer.FoldedWords(question.Prompt).Where(w => w is not ("the" or "de" or "het"))),
            QuestionKind.Cloze when question.BlankKind is AnswerKind.Year or AnswerKind.Number or AnswerKind.Term => $"{question.Source.Title}\n{TextFolding.Fold(question.RightChoice)}",
            QuestionKind.Cloze => $"{question.Source.Title}\n{question.Source.Section}\n{TextFolding.Fold(question.RightChoice)}",
            _ => question.Kind + question.SourceText,
        };
    }
}
