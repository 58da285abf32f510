using System.Text.Json.Nodes;

namespace StudyBot.Discord.Tests.Fake;

/// <summary>One REST request the fake received and what it answered.</summary>
public sealed record RecordedExchange(string Method, string Path, JsonNode? Body, int Status, JsonNode? Response, IReadOnlyDictionary<string, string> RequestHeaders)
{
    /// <summary>When the request arrived, in <see cref="System.Diagnostics.Stopwatch"/> ticks; benchmarks time the client by it.</summary>
    public long Arrived { get; init; }

    /// <summary>The query string as sent, with its '?', or empty.</summary>
    public string Query { get; init; } = string.Empty;
}
