using System.Collections.Concurrent;
using System.Text.Json;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Matrix has no buttons: a reply's actions become reactions on the bot's message (🇦-🇩 for quiz answers, ➡️ for the
/// next page, ⬅️ for the previous, numbered keycaps for the rest), and the continuing action of a room's last reply is
/// what <c>!more</c> runs. Both are kept in the state store, so a reaction to a message sent before a restart still works.
/// </summary>
/// <remarks>
/// An action meant to replace its message (paging) posts a new one: editing a notice would leave the old page in
/// clients that show edits late, and readers scrolling back would lose their place.
/// </remarks>
internal sealed class ReplyReactions(IPlatformStateStore store)
{
    public const string Next = "➡️";
    public const string Previous = "⬅️";

    public const string ActionsPrefix = "matrix:actions:";

    public const string MorePrefix = "matrix:more:";

    private static readonly string[] Keycaps = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"];

    private readonly ConcurrentDictionary<string, string?> knownMore = new(StringComparer.Ordinal);

    /// <summary>The reaction key for each of the reply's actions, in the reply's order (parts of a composite included).</summary>
    /// <param name="reply">The reply whose actions need keys.</param>
    /// <param name="line">The command line the reply answers, to find the action that continues it.</param>
    public static IReadOnlyList<(string Key, ReplyAction Action)> KeysOf(Reply reply, string line)
    {
        var actions = ActionsOf(reply).ToList();
        var more = MoreOf(actions, line);
        var keyed = new List<(string, ReplyAction)>();
        var others = 0;
        foreach (var action in actions)
        {
            var key = action.Label is [var letter] && letter is >= 'A' and <= 'Z'
                ? char.ConvertFromUtf32(0x1F1E6 + (letter - 'A'))
                : action == more ? Next
                : IsPaging(action) ? Previous
                : others < Keycaps.Length ? Keycaps[others++] : null;
            if (key is not null && keyed.TrueForAll(k => k.Item1 != key))
            {
                keyed.Add((key, action));
            }
        }

        return keyed;
    }

    /// <summary>
    /// The action <c>!more</c> runs after this reply: the last one that continues it (Next, Next page, the next
    /// section), else the last one that runs the same command again without turning a page (another quote). A last
    /// page offers only Previous, so <c>!more</c> has nothing to run there rather than going back.
    /// </summary>
    public static ReplyAction? MoreOf(IReadOnlyList<ReplyAction> actions, string line) =>
        actions.LastOrDefault(a => a.Continues) ?? actions.LastOrDefault(a => !IsPaging(a) && CommandOf(a.CommandLine) == CommandOf(line));

    public static IEnumerable<ReplyAction> ActionsOf(Reply reply) =>
        reply is CompositeReply composite ? composite.Parts.SelectMany(ActionsOf) : reply.Actions;

    /// <summary>Remembers what each reaction to <paramref name="eventId"/> runs.</summary>
    public Task RememberAsync(string eventId, IReadOnlyList<(string Key, ReplyAction Action)> keyed, CancellationToken cancellationToken) =>
        store.SetAsync(ActionsKey(eventId), JsonSerializer.Serialize(keyed.ToDictionary(k => k.Key, k => k.Action.CommandLine)), cancellationToken);

    /// <summary>The command line a reaction with <paramref name="key"/> to <paramref name="eventId"/> runs, or null.</summary>
    public async Task<string?> LineForAsync(string eventId, string key, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(ActionsKey(eventId), cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stored)?.GetValueOrDefault(key);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Sets (or clears, when the reply has nothing more) what <c>!more</c> runs in the room: at once for this process,
    /// and in the store with the reply (<paramref name="replies"/>), so it is written in the sync batch's transaction.
    /// </summary>
    /// <remarks>
    /// Most replies clear it and most rooms have nothing stored, so what this process last stored or read per room is
    /// remembered and an unchanged value is not written again. A cleared value is stored empty rather than deleted,
    /// since the batch's transaction only writes values.
    /// </remarks>
    public void SetMore(string roomId, Reply reply, string line, EventReplies replies)
    {
        var more = MoreOf(ActionsOf(reply).ToList(), line)?.CommandLine;
        if (knownMore.TryGetValue(roomId, out var known) && known == more)
        {
            return;
        }

        replies.Store(MoreKey(roomId), more ?? "");
        knownMore[roomId] = more;
    }

    /// <summary>What <c>!more</c> runs in the room: as this process last set or read it, else as stored.</summary>
    public async Task<string?> MoreLineAsync(string roomId, CancellationToken cancellationToken)
    {
        if (knownMore.TryGetValue(roomId, out var known))
        {
            return known;
        }

        var more = await store.GetAsync(MoreKey(roomId), cancellationToken).ConfigureAwait(false) is { Length: > 0 } stored ? stored : null;
        knownMore[roomId] = more;
        return more;
    }

    /// <summary>A line under the reply that says which reaction does what; quiz letters explain themselves.</summary>
    public static string? Legend(IReadOnlyList<(string Key, ReplyAction Action)> keyed, Language language)
    {
        var explained = keyed.Where(k => k.Action.Label.Length > 1).Select(k => k.Key + " " + k.Action.Label).ToList();
        return explained.Count == 0 ? null : MatrixTexts.ReactLegend.Format(language, string.Join(" · ", explained));
    }

    private static bool IsPaging(ReplyAction action) =>
        action.Intent == ActionIntent.ReplaceMessage || action.CommandLine.Contains(" page:", StringComparison.Ordinal);

    private static string CommandOf(string line) =>
        line.TrimStart('/', '!').Split(' ', 2)[0].ToLowerInvariant();

    private static string ActionsKey(string eventId) => ActionsPrefix + eventId;

    private static string MoreKey(string roomId) => MorePrefix + roomId;
}
