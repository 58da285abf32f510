using Microsoft.Extensions.Options;
using StudyBot.Core.Commands;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Runs <c>!command</c> lines from room messages through the core's dispatcher and answers with an HTML notice in
/// reply (inside the thread when the command was in one). Moderators are members at the moderator power level.
/// </summary>
/// <remarks>
/// The command is read from the plain <c>body</c>, never from <c>formatted_body</c>, so HTML in a message cannot
/// change it; reply fallbacks (leading "&gt; " lines) are dropped first. Quiz answers by reaction and paging by
/// reaction are not mapped yet: members use <c>!answer B</c> and <c>!more</c>.
/// </remarks>
internal sealed class MatrixCommandHandler(CommandDispatcher dispatcher, MatrixSender sender, IOptions<MatrixOptions> options) : IMatrixEventHandler
{
    public const string Platform = "matrix";

    public async Task HandleAsync(RoomEvent roomEvent, CancellationToken cancellationToken)
    {
        var message = roomEvent.Event;
        if (message.Type != MatrixEventTypes.Message || CommandLine(message.Body) is not { } line || message.EventId is null)
        {
            return;
        }

        var context = new CommandContext(
            Platform,
            Platform + ":" + roomEvent.RoomId,
            Platform + ":" + roomEvent.RoomId,
            Platform + ":" + message.Sender,
            LocalPart(message.Sender),
            roomEvent.Room.IsModerator(message.Sender, options.Value.ModeratorPowerLevel));
        var reply = await dispatcher.ExecuteLineAsync(context, line, cancellationToken).ConfigureAwait(false);
        var thread = message.RelationType == "m.thread" && message.RelatesTo is { } relation ? Json.String(relation, "event_id") : null;
        // Queued, not awaited: a rate-limited room must not hold up the sync loop. The sender logs a failed send.
        _ = sender.SendNoticeAsync(roomEvent.RoomId, MatrixReplyRenderer.Render(reply), new ReplyTarget(message.EventId, thread), "reply:" + message.EventId);
    }

    /// <summary>The command line in a message body ("/quote strike" for "!quote strike"), or null when it is none.</summary>
    internal string? CommandLine(string? body)
    {
        if (body is null)
        {
            return null;
        }

        var lines = body.Split('\n').SkipWhile(l => l.StartsWith("> ", StringComparison.Ordinal) || l == ">").SkipWhile(string.IsNullOrWhiteSpace);
        var text = string.Join(' ', lines).Trim();
        var prefix = options.Value.CommandPrefix;
        return text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal) && char.IsLetter(text[prefix.Length])
            ? "/" + text[prefix.Length..]
            : null;
    }

    private static string LocalPart(string userId)
    {
        var colon = userId.IndexOf(':', StringComparison.Ordinal);
        return colon > 1 ? userId[1..colon] : userId;
    }
}
