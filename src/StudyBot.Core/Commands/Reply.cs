using System.Globalization;
using System.Text;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

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

    /// <summary>
    /// The action carries on where the reply stops (the next page, the next part of a text), as opposed to turning
    /// back or doing something else: what a platform without buttons runs when a member asks for more.
    /// </summary>
    public bool Continues { get; init; }
}

/// <summary>Text with optional highlighted runs (search matches) and instants kept as values (meetings, next runs).</summary>
public sealed record RichText(IReadOnlyList<TextRun> Runs)
{
    public static RichText Plain(string text) => new([new TextRun(text, false)]);

    /// <summary>
    /// <paramref name="text"/> in <paramref name="language"/> with its placeholders filled like <see cref="LocalText.Format"/>,
    /// except that an argument that is a <see cref="TextRun"/> (an instant) stays a run of its own, e.g. "Next meeting: {0}".
    /// </summary>
    public static RichText Format(LocalText text, Language language, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        var format = text.In(language);
        var runs = new List<TextRun>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                plain.Append(c);
                i += 2;
                continue;
            }

            if (c != '{')
            {
                plain.Append(c);
                i++;
                continue;
            }

            var close = format.IndexOf('}', i);
            var hole = format[(i + 1)..close];
            var index = int.Parse(hole.Split(',', ':')[0], CultureInfo.InvariantCulture);
            if (args[index] is TextRun run)
            {
                Flush();
                runs.Add(run);
            }
            else
            {
                plain.Append(string.Format(LocalText.CultureOf(language), "{0" + hole[hole.Split(',', ':')[0].Length..] + "}", args[index]));
            }

            i = close + 1;
        }

        Flush();
        return new RichText(runs);

        void Flush()
        {
            if (plain.Length > 0)
            {
                runs.Add(new TextRun(plain.ToString(), false));
                plain.Clear();
            }
        }
    }

    /// <summary>The text as one string, instants in their schedule's zone (<see cref="TextRun.At"/>).</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A piece of <see cref="RichText"/>: plain, highlighted, or an instant.</summary>
/// <param name="Text">The words; for an instant, how it reads in its zone, which front doors without reader zones show.</param>
/// <param name="Highlighted">A search match.</param>
public sealed record TextRun(string Text, bool Highlighted)
{
    /// <summary>The moment this run shows, when it shows one; Discord renders it in each reader's zone instead of <see cref="Text"/>.</summary>
    public ShownInstant? Instant { get; init; }

    /// <summary>A run showing <paramref name="instant"/>, worded in its zone and <paramref name="language"/> for front doors without reader zones.</summary>
    public static TextRun At(ShownInstant instant, Language language)
    {
        ArgumentNullException.ThrowIfNull(instant);
        return new TextRun(instant.InZone(language), false) { Instant = instant };
    }
}

/// <summary>Where a passage comes from; shown with every quote, hit and question source.</summary>
public sealed record Attribution(string Title, string? Author, string? Date, string? Section)
{
    public override string ToString() =>
        string.Join(", ", new[] { Title, Author, Date, Section }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A short message: a confirmation, a status, or an error that names the problem.</summary>
/// <param name="Body">The message; instants in it are values (<see cref="TextRun.Instant"/>).</param>
/// <param name="Tone">Info, success or error.</param>
public sealed record MessageReply(RichText Body, ReplyTone Tone = ReplyTone.Info) : Reply
{
    public MessageReply(string text, ReplyTone tone = ReplyTone.Info)
        : this(RichText.Plain(text), tone)
    {
    }

    /// <summary>The message as one string, instants in their schedule's zone.</summary>
    public string Text => Body.PlainText;

    /// <summary>
    /// The role this message calls on purpose: a circle reminder's configured role, the one ping the product allows.
    /// Front doors that can ping a role do so from this field only, never from text; the others name the role.
    /// </summary>
    public string? MentionRoleId { get; init; }

    public static MessageReply Error(string text) => new(text, ReplyTone.Error);
}

/// <summary>A quoted passage with its attribution. <paramref name="Late"/> marks a scheduled post sent after its time.</summary>
public sealed record QuoteReply(string Text, Attribution Source, string? Heading = null, bool Late = false) : Reply;

/// <summary>A titled block of paragraphs: a section's text, a summary, a help page, a status.</summary>
/// <param name="Title">The heading.</param>
/// <param name="Body">The text, a paragraph each; instants in it are values (<see cref="TextRun.Instant"/>).</param>
/// <param name="Footer">Further lines under the text that have no value of their own below.</param>
public sealed record DocumentReply(string Title, IReadOnlyList<RichText> Body, IReadOnlyList<string> Footer) : Reply
{
    public DocumentReply(string title, IReadOnlyList<string> paragraphs, IReadOnlyList<string> footer)
        : this(title, (paragraphs ?? throw new ArgumentNullException(nameof(paragraphs))).Select(RichText.Plain).ToArray(), footer)
    {
    }

    /// <summary>The paragraphs as strings, instants in their schedule's zone.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Select(p => p.PlainText).ToArray();

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
