using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;
using StudyBot.Core.Text;

namespace StudyBot.Maintenance;

/// <summary>
/// <c>corpus sample [--quotes N] [--quiz N] [--summaries N] [--seed N]</c>: what members would be served, written
/// out for a person to judge: quotes (random and on topics), quiz questions with their answers, and summaries,
/// each with its attribution. The same seed gives the same sample.
/// </summary>
internal static class SampleTool
{
    private const int MaxCount = 10_000;
    private const string Channel = "sample";
    private const int QuestionsPerQuiz = 10;

    /// <summary>The kinds of quiz the sample takes, as members type them.</summary>
    private static readonly string[] QuizKinds = ["mixed", "choice", "cloze", "source"];

    private static readonly string[] Options = ["--quotes", "--quiz", "--summaries", "--seed"];

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var values, out var problem))
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return 2;
        }

        var random = RandomSource.WithSeed(values["--seed"]);
        var library = services.GetRequiredService<CorpusLibrary>();
        var summarizer = services.GetRequiredService<Summarizer>();
        var quotes = new QuoteFinder(library, services.GetRequiredService<CorpusSearchIndex>(), services.GetRequiredService<QuoteCatalog>(), random, new QuoteHistory());
        var quizzes = new QuizGenerator(
            library,
            services.GetRequiredService<ClozeQuestions>(),
            services.GetRequiredService<FactQuestions>(),
            services.GetRequiredService<SourceQuestions>(),
            services.GetRequiredService<SectionQuestions>(),
            random);

        await WriteQuotesAsync(output, library, summarizer, quotes, random, values["--quotes"]).ConfigureAwait(false);
        var plan = QuizPlan(library.Documents, services.GetRequiredService<SourceQuizAvailability>().IsAvailable, random);
        await WriteQuizAsync(output, quizzes, plan, values["--quiz"]).ConfigureAwait(false);
        await WriteSummariesAsync(output, library, summarizer, values["--summaries"]).ConfigureAwait(false);
        return 0;
    }

    private static bool TryParse(string[] args, out Dictionary<string, int> values, out string problem)
    {
        values = new Dictionary<string, int>(StringComparer.Ordinal) { ["--quotes"] = 100, ["--quiz"] = 50, ["--summaries"] = 0, ["--seed"] = 1 };
        var problems = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (!Options.Contains(name))
            {
                problems.Add($"Unknown option '{name}'; allowed: {string.Join(", ", Options)}.");
                continue;
            }

            var text = i + 1 < args.Length ? args[++i] : string.Empty;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > MaxCount)
            {
                problems.Add($"{name} needs a whole number from 0 to {MaxCount}, not '{text}'.");
                continue;
            }

            values[name] = value;
        }

        problem = string.Join(Environment.NewLine, problems);
        return problems.Count == 0;
    }

    /// <summary>Half the quotes at random, half on topics: the key terms of the documents, so every text gets asked about.</summary>
    private static async Task WriteQuotesAsync(TextWriter output, CorpusLibrary library, Summarizer summarizer, QuoteFinder finder, RandomSource random, int count)
    {
        var topics = library.Documents.SelectMany(d => summarizer.Summarize(d, null, SummaryLength.Short).KeyTerms).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        for (var i = 0; i < count; i++)
        {
            var topic = i % 2 == 1 && topics.Length > 0 ? random.Pick(topics) : null;
            string heading;
            string body;
            try
            {
                var quote = await finder.FindAsync(Channel, topic, null, CancellationToken.None).ConfigureAwait(false);
                heading = topic is null ? "random" : $"topic: {topic}";
                body = $"{quote.Text}{Environment.NewLine}   — {DocumentAttribution.Of(quote.Document, quote.Block.SectionIndex)} [{quote.Reference}]";
            }
            catch (CommandException refused)
            {
                heading = $"topic: {topic}";
                body = "(refused) " + refused.Message;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Q{i + 1} [{heading}]{Environment.NewLine}   {body}{Environment.NewLine}")).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Quizzes of ten as <see cref="QuizPlan"/> orders them, until enough questions were written, so that the notes of
    /// quizzes that fall short or fill up show too.
    /// </summary>
    private static async Task WriteQuizAsync(TextWriter output, QuizGenerator generator, IEnumerable<(Document? Scope, string Kind)> plan, int count)
    {
        var written = 0;
        foreach (var (scope, kind) in plan.Take(count))
        {
            if (written >= count)
            {
                break;
            }

            var asked = Math.Min(QuestionsPerQuiz, count - written);
            var quiz = generator.Create(scope, asked, QuizMixes.Parse(kind));
            if (QuizReplies.Note(quiz, asked, kind, QuizReplies.Scope(scope, quiz)) is { } note)
            {
                await output.WriteLineAsync($"(note on the {kind} quiz on {scope?.Slug ?? "the whole corpus"}) {note}{Environment.NewLine}").ConfigureAwait(false);
            }

            foreach (var question in quiz)
            {
                written++;
                var choices = string.Join("  ", question.Choices.Select((c, i) => $"{(char)('A' + i)}) {c}"));
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"""
                    K{written} [{question.Kind}, {kind} quiz on {scope?.Slug ?? "the whole corpus"}] {question.Prompt}
                       {choices}
                       answer: {(char)('A' + question.Answer)}) {question.RightChoice}
                       source: {question.SourceText}
                       — {question.Source}

                    """)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The scope and kind of each quiz of a sample: every document and the whole corpus, each with every kind a member
    /// could start a quiz of there, in an order the seed shuffles, then again in another. A sample of a few quizzes takes
    /// different texts and kinds for another seed, where taking them in corpus order asked the same first quizzes
    /// whatever the seed.
    /// </summary>
    /// <param name="documents">The corpus.</param>
    /// <param name="sourcesAvailable">
    /// Whether a source quiz on a document, or the whole corpus for null, can start: <c>/quiz start</c> refuses one on a
    /// text with too few sections, which the sample then showed filled up with other kinds.
    /// </param>
    /// <param name="random">The sample's randomness.</param>
    internal static IEnumerable<(Document? Scope, string Kind)> QuizPlan(IReadOnlyList<Document> documents, Func<Document?, bool> sourcesAvailable, RandomSource random)
    {
        var all = documents.Cast<Document?>().Append(null)
            .SelectMany(scope => QuizKinds.Select(kind => (scope, kind)))
            .Where(quiz => quiz.kind != "source" || sourcesAvailable(quiz.scope))
            .ToArray();
        while (true)
        {
            foreach (var quiz in random.Shuffled(all))
            {
                yield return quiz;
            }
        }
    }

    /// <summary>Short summaries of the documents and then of their sections, in corpus order.</summary>
    private static async Task WriteSummariesAsync(TextWriter output, CorpusLibrary library, Summarizer summarizer, int count)
    {
        var targets = library.Documents.Select(d => (Document: d, Section: (Section?)null))
            .Concat(library.Documents.SelectMany(d => d.Sections.Select(s => (Document: d, Section: (Section?)s))))
            .Take(count);
        var number = 0;
        foreach (var (document, section) in targets)
        {
            var summary = summarizer.Summarize(document, section, SummaryLength.Short);
            var name = section is null ? document.Slug : $"{document.Slug} section {section.Index + 1}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"S{++number} [{name}, {summary.WordCount} words] key terms: {string.Join(", ", summary.KeyTerms)}")).ConfigureAwait(false);
            foreach (var sentence in summary.Sentences)
            {
                await output.WriteLineAsync("   - " + FootnoteMarkers.Remove(sentence.Text)).ConfigureAwait(false);
            }

            if (summary.Sentences.Count > 0)
            {
                await output.WriteLineAsync("   — " + DocumentAttribution.OfSections(document, summary.Sentences.Select(s => s.SectionIndex))).ConfigureAwait(false);
            }

            await output.WriteLineAsync().ConfigureAwait(false);
        }
    }
}
