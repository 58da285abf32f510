using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// Inside the bot: when its gateway transport handed each INTERACTION_CREATE up, and when its HTTP client wrote the
/// interaction's callback to the connection. The target's own span, "frame received to callback sent", without the fake's
/// side (its sending, its receiving, its pauses) that the span from frame sent to callback received also holds.
/// </summary>
internal sealed class InBotStamps
{
    private static readonly byte[] InteractionCreate = Encoding.UTF8.GetBytes("\"INTERACTION_CREATE\"");

    private readonly ConcurrentDictionary<string, long> received = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> sent = new(StringComparer.Ordinal);

    public void Received(ReadOnlyMemory<byte> frame)
    {
        var now = Stopwatch.GetTimestamp();
        if (frame.Span.IndexOf(InteractionCreate) < 0)
        {
            return;
        }

        using var document = JsonDocument.Parse(frame);
        received.TryAdd(document.RootElement.GetProperty("d").GetProperty("id").GetString()!, now);
    }

    /// <summary>Notes a request to <c>interactions/{id}/{token}/callback</c>, by the path its request line names.</summary>
    public void Sent(string path)
    {
        var now = Stopwatch.GetTimestamp();
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "interactions");
        if (at >= 0 && at + 3 < segments.Length && segments[at + 3] == "callback")
        {
            sent.TryAdd(segments[at + 1], now);
        }
    }

    public void Write(string file) => File.WriteAllLines(
        file,
        received.Where(r => sent.ContainsKey(r.Key))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {Stopwatch.GetElapsedTime(r.Value, sent[r.Key]).TotalMilliseconds}")));

    /// <summary>Milliseconds from frame received to callback sent, by interaction id.</summary>
    public static Dictionary<string, double> Read(string file) => File.ReadLines(file)
        .Select(line => line.Split(' '))
        .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
