using Microsoft.Extensions.Options;
using StudyBot.Core.Commands;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Runs <c>!command</c> lines and reactions to the bot's replies through the core's dispatcher and answers with an
/// HTML notice in reply (inside the thread when the command was in one). Moderators are members at the moderator
/// power level, or at the level a community stored as its moderator role.
/// </summary>
/// <remarks>
/// The command is read from the plain <c>body</c>, never from <c>formatted_body</c>, so HTML in a message cannot
/// change it; reply fallbacks (leading "&gt; " lines) are dropped first. A changed reaction arrives as a redaction
/// and a new reaction: the redaction is ignored and the new one runs like any answer, so the core's rule of one
/// answer per member decides.
/// </remarks>
internal sealed class MatrixCommandHandler(
    CommandDispatcher dispatcher,
    CommandContextBuilder contexts,
    MatrixPlatformValues values,
    ReplyReactions reactions,
    MatrixSender sender,
    IOptions<MatrixOptions> options) : IMatrixEventHandler
{
    public const string Platform = "matrix";

    /// <summary>Typed commands with <c>!</c>, no private replies: everything is answered in the room.</summary>
    public static PlatformCapabilities Capabilities { get; } = new('!', HasPrivateReplies: false, IsPersonal: false);

    private const string MoreCommand = "more";

    public async Task HandleAsync(RoomEvent roomEvent, CancellationToken cancellationToken)
    {
        var message = roomEvent.Event;
        if (message.EventId is null)
        {
            return;
        }

        if (message.Type == MatrixEventTypes.Message && CommandLine(message.Body) is { } line)
        {
            var thread = message.RelationType == "m.thread" && message.RelatesTo is { } relation ? Json.String(relation, "event_id") : null;
            await RunAsync(roomEvent, line, new ReplyTarget(message.EventId, thread), cancellationToken).ConfigureAwait(false);
        }
        else if (message.Type == MatrixEventTypes.Reaction && message.RelatesTo is { } annotation
            && Json.String(annotation, "event_id") is { } target && Json.String(annotation, "key") is { } key
            && await reactions.LineForAsync(target, key, cancellationToken).ConfigureAwait(false) is { } action)
        {
            await RunAsync(roomEvent, action, new ReplyTarget(target, null), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The command line in a message body ("!quote strike"), or null when it is none.</summary>
    private string? CommandLine(string? body) =>
        CommandText.Of(body, options.Value.CommandPrefix) is { } command ? Capabilities.CommandPrefix + command : null;

    private async Task RunAsync(RoomEvent roomEvent, string line, ReplyTarget replyTo, CancellationToken cancellationToken)
    {
        var message = roomEvent.Event;
        var built = await contexts.BuildAsync(Actor(roomEvent), cancellationToken).ConfigureAwait(false);
        var context = built with { Values = values };
        if (IsMore(line) && await reactions.MoreLineAsync(roomEvent.RoomId, cancellationToken).ConfigureAwait(false) is { } more)
        {
            line = more;
        }

        var reply = IsMore(line)
            ? MessageReply.Error(MatrixTexts.NothingMore.In(context.ReplyLanguage))
            : await dispatcher.ExecuteLineAsync(context, line, cancellationToken).ConfigureAwait(false);

        var keyed = ReplyReactions.KeysOf(reply, line);
        var blocks = MatrixReplyRenderer.Render(reply).ToList();
        if (ReplyReactions.Legend(keyed, context.ReplyLanguage) is { } legend)
        {
            blocks.Add(NoticeBlock.FromPlain(legend));
        }

        reactions.SetMore(roomEvent.RoomId, reply, line, roomEvent.Replies);

        // Stored with the event's claim when the sync batch commits, then sent in the background, so a rate-limited
        // room does not hold up the sync loop. The sender logs a failed send.
        var roomId = roomEvent.RoomId;
        roomEvent.Replies.Add(
            MatrixSender.Prepare(roomId, blocks, replyTo, "reply:" + message.EventId),
            keyed.Count > 0 ? sent => _ = OfferReactionsAsync(roomId, sent, keyed) : null);
    }

    /// <summary>Once the reply is out, keeps what its reactions run and adds them to it, so members only need to tap.</summary>
    private async Task OfferReactionsAsync(string roomId, Task<IReadOnlyList<string>> sent, IReadOnlyList<(string Key, ReplyAction Action)> keyed)
    {
        IReadOnlyList<string> eventIds;
        try
        {
            eventIds = await sent.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MatrixApiException or HttpRequestException or IOException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            return; // the sender has logged it
        }

        // Choices and buttons belong to the reply's last event when a long reply was split.
        if (eventIds.Count == 0 || eventIds[^1] is not { Length: > 0 } eventId)
        {
            return;
        }

        await reactions.RememberAsync(eventId, keyed, CancellationToken.None).ConfigureAwait(false);
        foreach (var (key, _) in keyed)
        {
            _ = sender.ReactAsync(roomId, eventId, key, $"react:{eventId}:{key}");
        }
    }

    private CommandActor Actor(RoomEvent roomEvent)
    {
        var userId = roomEvent.Event.Sender;
        var room = roomEvent.Room;
        var qualifiedRoom = Platform + ":" + roomEvent.RoomId;
        return new CommandActor(
            Platform,
            qualifiedRoom,
            qualifiedRoom,
            Platform + ":" + userId,
            LocalPart(userId),
            room.IsModerator(userId, options.Value.ModeratorPowerLevel),
            role => MatrixPlatformValues.PowerLevel(role) is { } level && room.IsModerator(userId, level),
            null,
            Capabilities,
            values);
    }

    private static bool IsMore(string line) =>
        line.Length > 1 && line[1..].Trim().Equals(MoreCommand, StringComparison.OrdinalIgnoreCase);

    private static string LocalPart(string userId)
    {
        var colon = userId.IndexOf(':', StringComparison.Ordinal);
        return colon > 1 ? userId[1..colon] : userId;
    }
}
