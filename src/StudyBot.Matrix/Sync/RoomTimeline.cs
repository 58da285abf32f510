using System.Text.Json;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.Sync;

/// <summary>A joined room's part of a sync batch, read and with its gap filled, before any of it runs.</summary>
/// <param name="RoomId">The room.</param>
/// <param name="State">The room's tracked state, the batch's <c>state</c> section already applied.</param>
/// <param name="Missed">Events of a gap before the timeline, oldest first: run, never applied as state.</param>
/// <param name="Events">The timeline.</param>
/// <param name="StateAfter">The room's state after the timeline, when the server sends it.</param>
/// <param name="Runnable">Ids of the events that are for the front door and not too old, before claims are checked.</param>
internal sealed record RoomTimeline(
    string RoomId,
    RoomState State,
    IReadOnlyList<MatrixEvent> Missed,
    IReadOnlyList<MatrixEvent> Events,
    JsonElement? StateAfter,
    IReadOnlySet<string> Runnable);
