using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>
/// A platform-neutral reply. Front doors render each kind in their own idiom; none of them may turn
/// reply text into mentions.
/// </summary>
public abstract record Reply
{
    /// <summary>Private replies (quiz feedback) are shown only to the user who acted, where the platform can.</summary>
    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Public;

    /// <summary>Buttons under the reply; each runs a command line when pressed.</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    /// <summary>
    /// The language the reply's texts are in, so a front door labels its values (<see cref="ReplyLabels"/>) alike.
    /// The dispatcher sets the reply language where a feature did not choose one (a quiz speaks its questions' language).
    /// </summary>
    public Language? Language { get; init; }
}

public enum ReplyVisibility
{
    Public,
    Private,
}

public enum ReplyTone
{
    Info,
    Success,
    Error,
}

/// <summary>What pressing a button does with the message it sits under.</summary>
public enum ActionIntent
{
    /// <summary>The reply comes as a new message (another quote, the context of one).</summary>
    PostNew,

    /// <summary>The reply replaces the message the button sits under (paging).</summary>
    ReplaceMessage,
}

/// <summary>A button: a label and the command line it runs, e.g. ("Another", "/quote topic:strike").</summary>
public sealed record ReplyAction(string Label, string CommandLine)
{
    public ActionIntent Intent { get; init; } = ActionIntent.PostNew;
}

/// <summary>Text with optional highlighted runs (search matches).</summary>
public sealed record RichText(IReadOnlyList<TextRun> Runs)
{
    public static RichText Plain(string text) => new([new TextRun(text, false)]);

    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

public sealed record TextRun(string Text, bool Highlighted);

/// <summary>Where a passage comes from; shown with every quote, hit and question source.</summary>
public sealed record Attribution(string Title, string? Author, string? Date, string? Section)
{
    public override string ToString() =>
        string.Join(", ", new[] { Title, Author, Date, Section }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A short message: a confirmation, a status, or an error that names the problem.</summary>
public sealed record MessageReply(string Text, ReplyTone Tone = ReplyTone.Info) : Reply
{
    public static MessageReply Error(string text) => new(text, ReplyTone.Error);
}

/// <summary>A quoted passage with its attribution. <paramref name="Late"/> marks a scheduled post sent after its time.</summary>
public sealed record QuoteReply(string Text, Attribution Source, string? Heading = null, bool Late = false) : Reply;

/// <summary>A titled block of paragraphs: a section's text, a summary, a help page.</summary>
/// <param name="Title">The heading.</param>
/// <param name="Paragraphs">The text, a paragraph each.</param>
/// <param name="Footer">Further lines under the text that have no value of their own below.</param>
public sealed record DocumentReply(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Footer) : Reply
{
    /// <summary>Where the text comes from, when it is corpus text.</summary>
    public Attribution? Source { get; init; }

    /// <summary>Which page of its section this is, when the section has pages.</summary>
    public PagePosition? Position { get; init; }

    /// <summary>The whole text's key terms, size and reading time (a summary's).</summary>
    public TextFacts? Facts { get; init; }
}

/// <summary>Page <paramref name="Page"/> of <paramref name="PageCount"/>.</summary>
public sealed record PagePosition(int Page, int PageCount);

/// <summary>What a reader wants to know about a whole text: its key terms, its length and how long it takes to read.</summary>
public sealed record TextFacts(IReadOnlyList<string> KeyTerms, int WordCount, TimeSpan ReadingTime);

/// <summary>A titled list, one of <paramref name="PageCount"/> pages.</summary>
public sealed record ListReply(string Title, IReadOnlyList<RichText> Items, int Page = 1, int PageCount = 1) : Reply;

/// <summary>A page of corpus passages, each with its source: search results.</summary>
public sealed record PassageListReply(string Title, IReadOnlyList<PassageItem> Passages, int Page = 1, int PageCount = 1) : Reply;

/// <summary>One passage of a <see cref="PassageListReply"/>: its text, matched words highlighted, and where it comes from.</summary>
public sealed record PassageItem(RichText Text, Attribution Source);

/// <summary>
/// A quiz question. <paramref name="Choices"/> are the plain answer texts; front doors letter them A-D in
/// order, matching the answer actions in <see cref="Reply.Actions"/>.
/// </summary>
public sealed record QuestionReply(string Heading, string Prompt, IReadOnlyList<string> Choices) : Reply;

/// <summary>Several replies sent together, in order; each part keeps its own <see cref="Reply.Visibility"/> (private quiz feedback, then the next question for everyone).</summary>
public sealed record CompositeReply(IReadOnlyList<Reply> Parts) : Reply;
