using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Keeps schedules in step with the bot's rooms: a room the bot left, was kicked or banned from stops its schedules
/// (the status commands say why), an upgraded room hands them to its successor, and at start any schedule in a room
/// the bot is no longer in is stopped, since the departure may have happened while it was down.
/// </summary>
internal sealed class MatrixRoomSchedules(PlaceSchedules places, IDbContextFactory<StudyBotDbContext> contexts) : IMatrixRoomLifecycle
{
    private const string Prefix = MatrixCommandHandler.Platform + ":";

    public Task RoomLeftAsync(string roomId, RoomDeparture departure, CancellationToken cancellationToken) =>
        places.StopChannelAsync(Prefix + roomId, ReasonFor(departure), cancellationToken);

    public Task RoomReplacedAsync(string oldRoomId, string newRoomId, CancellationToken cancellationToken) =>
        places.MoveChannelAsync(Prefix + oldRoomId, Prefix + newRoomId, cancellationToken);

    public async Task ReconcileAsync(IReadOnlySet<string> joinedRoomIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(joinedRoomIds);
        List<string> scheduled;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            scheduled = await db.Schedules.AsNoTracking()
                .Where(s => s.State != ScheduleState.Stopped && s.ChannelId.StartsWith(Prefix))
                .Select(s => s.ChannelId)
                .Distinct()
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var channel in scheduled.Where(c => !joinedRoomIds.Contains(c[Prefix.Length..])))
        {
            await places.StopChannelAsync(channel, PlaceStopReason.BotRemoved, cancellationToken).ConfigureAwait(false);
        }
    }

    private static PlaceStopReason ReasonFor(RoomDeparture departure) => departure switch
    {
        RoomDeparture.Kicked => PlaceStopReason.BotRemoved,
        RoomDeparture.Banned => PlaceStopReason.BotBanned,
        _ => PlaceStopReason.BotLeft,
    };
}
