using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Benchmarks.Scheduling;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// A start on one shard with 2,500 guilds: READY lists them unavailable, then the fake sends a GUILD_CREATE for
/// each (about 10 KB, a mid-sized server). The bot runs in a fresh child process that times its start to the
/// last guild handled and reads its own peak memory; a second child starts the same bot without Discord, and the
/// difference is what Discord costs. Targets: under 5 s, under 200 MB more.
/// </summary>
internal static class GuildStart
{
    public const string Child = "guilds";
    public const string BaselineChild = "no-discord";

    private const int Guilds = 2_500;
    private const string ResultPrefix = "result ";
    private static readonly TimeSpan TimeTarget = TimeSpan.FromSeconds(5);
    private const long MemoryTarget = 200L * 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public static int Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>Starts the bot (with Discord at <paramref name="apiBaseUrl"/>, or without) and prints one result line.</summary>
    public static int RunChild(string? apiBaseUrl, int guilds) => RunChildAsync(apiBaseUrl, guilds).GetAwaiter().GetResult();

    private static async Task<int> RunAsync()
    {
        var baseline = Measure(ChildProcess.StartSelf(oneCore: false, readOutput: true, DiscordMeasurement.ChildCommand, BaselineChild));

        await using var fake = await FakeDiscord.StartAsync();
        var ids = Enumerable.Range(0, Guilds).Select(i => (770_000_000_000_000_000L + (i * 1_000L)).ToString(CultureInfo.InvariantCulture)).ToArray();
        fake.ReadyGuilds = ids;
        var payloads = ids.Select(id => FakeResponses.GuildCreate(id, channels: 20, roles: 12)).ToArray();
        var bot = ChildProcess.StartSelf(oneCore: false, readOutput: true, DiscordMeasurement.ChildCommand, Child, fake.BaseUrl, Guilds.ToString(CultureInfo.InvariantCulture));
        var measured = Task.Run(() => Measure(bot));
        var connection = await FakeGateway.ReadyAsync(fake);
        foreach (var payload in payloads)
        {
            await fake.DispatchAsync(connection, "GUILD_CREATE", payload);
        }

        var discord = await measured;
        var total = TimeSpan.FromMilliseconds(discord.StartedToAllMs);
        var more = discord.PeakBytes - baseline.PeakBytes;
        var met = discord.Handled && total < TimeTarget && more < MemoryTarget;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  start with {Guilds} guilds ({payloads.Sum(p => p.ToJsonString().Length) / (1024 * 1024)} MB of GUILD_CREATE): the host started in {discord.HostStartedMs / 1000:F2} s ({baseline.HostStartedMs / 1000:F2} s without Discord), READY after {discord.StartedToReadyMs / 1000:F2} s, " +
            $"READY to the last guild handled {(discord.StartedToAllMs - discord.StartedToReadyMs) / 1000:F2} s, start to all {total.TotalSeconds:F2} s{(discord.Handled ? string.Empty : " (NOT all handled)")}; " +
            $"processor time {discord.CpuMs / 1000:F2} s against {baseline.CpuMs / 1000:F2} s without Discord; peak working set {ProcessMemory.Megabytes(discord.PeakBytes)} MB against {ProcessMemory.Megabytes(baseline.PeakBytes)} MB without Discord: {ProcessMemory.Megabytes(more)} MB more " +
            $"(managed heap afterwards {ProcessMemory.Megabytes(discord.HeapBytes)} MB against {ProcessMemory.Megabytes(baseline.HeapBytes)} MB) (targets under {TimeTarget.TotalSeconds:0} s, under {ProcessMemory.Megabytes(MemoryTarget)} MB more): {DiscordMeasurement.Verdict(met)}"));
        return met ? 0 : 1;
    }

    private static async Task<int> RunChildAsync(string? apiBaseUrl, int guilds)
    {
        await using var database = TestDatabase.Sqlite();
        var counter = new GuildCounter(guilds);
        var started = Stopwatch.GetTimestamp();
        using var host = DiscordBot.Build(database, apiBaseUrl, services => services.AddSingleton<IGatewayDispatchHandler>(counter));
        await host.StartAsync();
        var hostStarted = Stopwatch.GetElapsedTime(started);
        var handled = guilds == 0 || await Task.WhenAny(counter.AllHandled, Task.Delay(Patience)) == counter.AllHandled;
        var all = Stopwatch.GetElapsedTime(started);
        var ready = counter.ReadyAt == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started, counter.ReadyAt);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        var result = new JsonObject
        {
            ["handled"] = handled,
            ["hostStartedMs"] = hostStarted.TotalMilliseconds,
            ["cpuMs"] = self.TotalProcessorTime.TotalMilliseconds,
            ["startedToReadyMs"] = ready.TotalMilliseconds,
            ["startedToAllMs"] = all.TotalMilliseconds,
            ["peakBytes"] = self.PeakWorkingSet64,
            ["heapBytes"] = heap,
        };
        Console.WriteLine(ResultPrefix + result.ToJsonString());
        await host.StopAsync();
        return 0;
    }

    /// <summary>Reads the child's result line and waits for it to end.</summary>
    private static ChildResult Measure(Process child)
    {
        using (child)
        {
            ChildResult? result = null;
            while (child.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                {
                    var json = JsonNode.Parse(line[ResultPrefix.Length..])!;
                    result = new ChildResult(
                        json["handled"]!.GetValue<bool>(),
                        json["hostStartedMs"]!.GetValue<double>(),
                        json["cpuMs"]!.GetValue<double>(),
                        json["startedToReadyMs"]!.GetValue<double>(),
                        json["startedToAllMs"]!.GetValue<double>(),
                        json["peakBytes"]!.GetValue<long>(),
                        json["heapBytes"]!.GetValue<long>());
                }
                else
                {
                    Console.WriteLine(line);
                }
            }

            child.WaitForExit();
            return result ?? throw new InvalidOperationException($"The guild-start child ended ({child.ExitCode}) without a result.");
        }
    }


    private sealed record ChildResult(bool Handled, double HostStartedMs, double CpuMs, double StartedToReadyMs, double StartedToAllMs, long PeakBytes, long HeapBytes);
}
