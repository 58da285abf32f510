using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz start: starts a quiz in this channel and shows its first question.</summary>
/// <remarks>
/// Where one person reads the channel (the terminal) every answer moves the quiz on; in shared channels
/// the first right answer does, or <c>/quiz next</c> (see <see cref="QuizSession"/>).
/// </remarks>
public sealed class QuizCommand : ICommand
{
    public const int DefaultQuestions = 5;
    public const int MaxQuestions = 20;

    /// <summary>A quiz nobody touched for this long no longer blocks a new one.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    private readonly CorpusLibrary library;
    private readonly QuizGenerator generator;
    private readonly SourceQuizAvailability sources;
    private readonly IQuizSessionStore sessions;
    private readonly IQuizRecorder recorder;
    private readonly TimeProvider time;

    public QuizCommand(CorpusLibrary library, QuizGenerator generator, SourceQuizAvailability sources, IQuizSessionStore sessions, IQuizRecorder recorder, TimeProvider time)
    {
        this.library = library;
        this.generator = generator;
        this.sources = sources;
        this.sessions = sessions;
        this.recorder = recorder;
        this.time = time;
    }

    public CommandDeclaration Declaration { get; } = new(
        "quiz start",
        "Starts a quiz in this channel",
        CommandOption.Of(OptionKind.Document, "document", "Ask about this document only") with { DutchDescription = "Alleen vragen over dit document" },
        CommandOption.Integer("questions", $"How many questions (default {DefaultQuestions})", 1, MaxQuestions) with
        {
            DutchDescription = $"Hoeveel vragen (standaard {DefaultQuestions})",
        },
        CommandOption.Choice("kind", "Which questions: cloze, choice, source or mixed (default)", QuizMixes.Choices) with
        {
            DutchDescription = "Welke vragen: invullen, meerkeuze, bron of gemengd (standaard)",
        })
    {
        DutchDescription = "Begint een quiz in dit kanaal",
        IsGroupDefault = true,
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var now = time.GetUtcNow();
        var document = arguments.GetText("document") is { } name ? library.Require(name) : null;
        var count = (int)(arguments.GetInteger("questions") ?? DefaultQuestions);
        var kind = arguments.GetText("kind") ?? "mixed";
        var mix = QuizMixes.Parse(kind);
        if (await sessions.FindAsync(context.ChannelId, cancellationToken).ConfigureAwait(false) is { } running && Blocks(running, now))
        {
            throw AlreadyRunning(running, context.Prefix);
        }

        if (mix == QuizMix.Source && sources.Refusal(document) is { } refusal)
        {
            throw refusal;
        }

        var questions = generator.Create(document, count, mix);
        var scope = QuizReplies.Scope(document, questions);
        if (questions.Count == 0)
        {
            throw new CommandException(QuizTexts.NoQuestions, kind, document?.Title ?? QuizTexts.TheCorpus.In(context.ReplyLanguage));
        }

        var session = new QuizSession(context.ChannelId, context.UserId, scope, context.Capabilities.IsPersonal, questions, now);
        var stored = await sessions.StartAsync(session, r => Blocks(r, now), cancellationToken).ConfigureAwait(false);
        if (stored != session)
        {
            throw AlreadyRunning(stored, context.Prefix);
        }

        await recorder.StartedAsync(session, context.CommunityId, document?.Slug, kind, cancellationToken).ConfigureAwait(false);
        if (session.RecordId is { } recordId)
        {
            await sessions.ChangeAsync(context.ChannelId, s => s.KeepRecord(session.Id, recordId), cancellationToken).ConfigureAwait(false);
        }

        Reply first = QuizReplies.Question(session);
        return QuizReplies.Note(questions, count, kind, scope) is { } note
            ? new CompositeReply([new MessageReply(note) { Language = QuizReplies.LanguageOf(session) }, first])
            : first;
    }

    private static bool Blocks(QuizSession running, DateTimeOffset now) => !running.IsFinished && !running.IsIdle(now, IdleTimeout);

    private static CommandException AlreadyRunning(QuizSession running, char prefix) =>
        new(QuizTexts.AlreadyRunning, running.CurrentIndex + 1, running.Questions.Count, prefix);
}
