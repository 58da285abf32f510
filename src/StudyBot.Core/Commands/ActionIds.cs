using System.Security.Cryptography;
using System.Text;
using StudyBot.Core.Platforms;

namespace StudyBot.Core.Commands;

/// <summary>
/// Short ids for buttons that fit Discord's 100-character <c>custom_id</c>: the intent and the command line
/// itself when it fits, else the intent and a key under which the store keeps the line. Pressing the button
/// gives the id back; <see cref="ReadAsync"/> turns it into the intent and the line to run.
/// </summary>
public sealed class ActionIds
{
    /// <summary>Discord's limit on a component's <c>custom_id</c>.</summary>
    public const int MaxLength = 100;

    private const string Inline = "l";
    private const string Stored = "k";
    private const string KeyPrefix = "action:";

    private readonly IPlatformStateStore store;

    public ActionIds(IPlatformStateStore store)
    {
        this.store = store;
    }

    public async Task<string> IdOfAsync(ReplyAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var intent = action.Intent == ActionIntent.ReplaceMessage ? "r" : "n";
        var inline = $"{intent}{Inline}|{action.CommandLine}";
        if (inline.Length <= MaxLength)
        {
            return inline;
        }

        // The same line always gets the same key, so repeated replies do not grow the store.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(action.CommandLine)))[..32];
        await store.GetOrAddAsync(KeyPrefix + key, action.CommandLine, cancellationToken).ConfigureAwait(false);
        return $"{intent}{Stored}|{key}";
    }

    /// <summary>The intent and command line behind an id, or null when the id is not one of ours or its line is gone.</summary>
    public async Task<(ActionIntent Intent, string CommandLine)?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length < 3 || id[2] != '|' || id[0] is not ('r' or 'n'))
        {
            return null;
        }

        var intent = id[0] == 'r' ? ActionIntent.ReplaceMessage : ActionIntent.PostNew;
        var rest = id[3..];
        var line = id[1..2] switch
        {
            Inline => rest,
            Stored => await store.GetAsync(KeyPrefix + rest, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        return line is null ? null : (intent, line);
    }
}
