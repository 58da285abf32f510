using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// 1,000 <c>/quote</c> interactions a second through the gateway path: INTERACTION_CREATE frames from the fake
/// gateway, the bot's front door, and the callback POST to the fake's REST API. The bot runs in a child process
/// pinned to one core, the fake in a process on the other cores. Target: p99 under 10 ms from frame received to
/// callback sent, which the bot notes itself (<see cref="InBotStamps"/>); the span the fake sees, from sending the frame
/// to receiving the callback, adds both loopback hops and the fake's own pauses, and is shown beside it. The first
/// <see cref="WarmUp"/> interactions are not counted: on one core the runtime's second, optimising compilation of the
/// bot's code runs beside them, and the queue it leaves took up to 2.5 s to drain.
/// </summary>
internal static class InteractionLatency
{
    public const string Child = "interactions";

    private const int PerSecond = 1_000;
    private const int WarmUp = 3_000;
    private const int Measured = 5_000;
    private const string Command = "quote";
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan CallbackPatience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SleepSlack = TimeSpan.FromMilliseconds(0.2);

    /// <summary>What answers in the child: the whole bot, which the target is about, or the client alone, for comparison.</summary>
    private const string WholeBot = "bot";
    private const string ClientAlone = "client";

    /// <summary>The client alone first: when the bot misses, the two lines say which side is slow.</summary>
    public static int Run() => ChildProcess.BesideOneCore
        ? RunAsync(ClientAlone).GetAwaiter().GetResult() | RunAsync(WholeBot).GetAwaiter().GetResult()
        : ChildProcess.RunSelfBesideOneCore(DiscordMeasurement.Command, Child);

    /// <summary>The bot or the client alone, serving until its standard input closes; then writes its stamps to <paramref name="stampsFile"/>.</summary>
    public static int RunChild(string apiBaseUrl, string answering, string stampsFile) => ServeAsync(apiBaseUrl, answering, stampsFile).GetAwaiter().GetResult();

    private static async Task<int> ServeAsync(string apiBaseUrl, string answering, string stampsFile)
    {
        var stamps = new InBotStamps();
        void Stamp(IServiceCollection services)
        {
            services.Replace(ServiceDescriptor.Singleton<IGatewayTransportFactory>(new StampingTransportFactory(stamps)));
            services.AddHttpClient(DiscordRestClient.HttpClientName).ConfigurePrimaryHttpMessageHandler((handler, _) =>
                ((SocketsHttpHandler)handler).PlaintextStreamFilter = (context, _) => ValueTask.FromResult<Stream>(new StampingStream(context.PlaintextStream, stamps)));
        }

        await using var database = TestDatabase.Sqlite();
        using var host = answering == WholeBot ? DiscordBot.Build(database, apiBaseUrl, Stamp) : DiscordBot.BuildClient(apiBaseUrl, Stamp);
        await host.StartAsync();
        await Console.In.ReadToEndAsync();
        await host.StopAsync();
        stamps.Write(stampsFile);
        return 0;
    }

    private static async Task<int> RunAsync(string answering)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.KeepBodies = false;
        var stampsFile = Path.Combine(Path.GetTempPath(), $"studybot-interaction-stamps-{Guid.NewGuid():N}.txt");
        using var bot = ChildProcess.StartSelf(oneCore: true, readOutput: false, DiscordMeasurement.ChildCommand, Child, fake.BaseUrl, answering, stampsFile);
        long[] sent, arrived;
        double cpu;
        try
        {
            var connection = await FakeGateway.ReadyAsync(fake);
            var cpuBefore = bot.TotalProcessorTime;
            sent = await SendAsync(fake, connection, WarmUp + Measured);
            arrived = await CallbacksAsync(fake, sent.Length);
            bot.Refresh();

            // Processor time is what the machine's load does not change: the cost of an interaction to the bot.
            cpu = (bot.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, arrived.Count(a => a != 0));
        }
        finally
        {
            bot.StandardInput.Close();
            await bot.WaitForExitAsync();
        }

        var inBot = InBotStamps.Read(stampsFile);
        File.Delete(stampsFile);
        var measured = Enumerable.Range(WarmUp, Measured).Where(i => arrived[i] != 0).ToArray();
        var seenFromFake = measured.Select(i => Stopwatch.GetElapsedTime(sent[i], arrived[i]).TotalMilliseconds).Order().ToArray();
        var inside = measured.Select(i => inBot.GetValueOrDefault(Id(i), double.PositiveInfinity)).Order().ToArray();
        var lost = Measured - measured.Length;
        var rate = (Measured - 1) / Stopwatch.GetElapsedTime(sent[WarmUp], sent[^1]).TotalSeconds;
        var p99 = Percentile(inside, 0.99);
        var met = lost == 0 && p99 < Target.TotalMilliseconds;

        // The target is the whole bot's; the client alone is there for comparison.
        var verdict = answering == WholeBot ? DiscordMeasurement.Verdict(met) : "for comparison";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  interactions ({(answering == WholeBot ? "the bot" : "the client alone, answering at once")}): {Measured} /{Command} at {rate:F0}/s (after {WarmUp} to warm up) on one core; " +
            $"in the bot, frame received to callback sent: {Spread(inside)}; seen from the fake, frame sent to callback received: {Spread(seenFromFake)}; " +
            $"longest gap between two frames sent {LongestGap(sent):F1} ms; {lost} unanswered; {cpu:F2} ms of the child's processor time per interaction (target p99 < {Target.TotalMilliseconds} ms in the bot, none lost): {verdict}"));
        return met || answering != WholeBot ? 0 : 1;
    }

    private static string Spread(double[] sorted) => string.Create(
        CultureInfo.InvariantCulture,
        $"median {Percentile(sorted, 0.5):F2} ms, p95 {Percentile(sorted, 0.95):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, max {sorted.LastOrDefault():F2} ms");

    /// <summary>
    /// Sends <paramref name="count"/> interactions at <see cref="PerSecond"/>, evenly; returns when each frame was sent.
    /// The frames are made before the clock starts and sent from a thread of their own that waits for each one's time:
    /// after the thread pool's timer they left in bursts of three or four, which the bot then handled together, more
    /// cheaply than frames one by one as Discord sends them. Only a pause of the fake's whole process (its garbage
    /// collector) still delays frames, and the longest gap between two is printed.
    /// </summary>
    private static Task<long[]> SendAsync(FakeDiscord fake, FakeGatewayConnection connection, int count)
    {
        var frames = Enumerable.Range(0, count).Select(i => FakeResponses.Interaction(Id(i), Command)).ToArray();
        var done = new TaskCompletionSource<long[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new Thread(() =>
        {
            try
            {
                done.SetResult(SendEvenly(fake, connection, frames));
            }
            catch (Exception failure)
            {
                done.SetException(failure);
            }
        }) { IsBackground = true, Name = "Interaction sender" };
        sender.Start();
        return done.Task;
    }

    private static long[] SendEvenly(FakeDiscord fake, FakeGatewayConnection connection, JsonObject[] frames)
    {
        var sent = new long[frames.Length];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < frames.Length; i++)
        {
            var due = start + (i * Stopwatch.Frequency / PerSecond);
            // A sleep overshoots by up to a millisecond; spinning for the rest would take the core the fake answers on.
            while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) > SleepSlack)
            {
                Thread.Sleep(1);
            }

            sent[i] = Stopwatch.GetTimestamp();
            fake.DispatchAsync(connection, "INTERACTION_CREATE", frames[i]).GetAwaiter().GetResult();
        }

        return sent;
    }

    /// <summary>The longest time between two frames sent in the measured part: how evenly the load came.</summary>
    private static double LongestGap(long[] sent) =>
        Enumerable.Range(WarmUp + 1, Measured - 1).Max(i => Stopwatch.GetElapsedTime(sent[i - 1], sent[i]).TotalMilliseconds);

    /// <summary>When the callback of each interaction arrived (0: not within the patience).</summary>
    private static async Task<long[]> CallbacksAsync(FakeDiscord fake, int count)
    {
        var arrived = new long[count];
        var patience = Stopwatch.StartNew();
        while (true)
        {
            var callbacks = fake.Exchanges.Where(e => e.Method == "POST" && e.Path.EndsWith("/callback", StringComparison.Ordinal)).ToList();
            if (callbacks.Count >= count || patience.Elapsed > CallbackPatience)
            {
                foreach (var callback in callbacks)
                {
                    arrived[Index(callback.Path.Split('/')[2])] = callback.Arrived;
                }

                return arrived;
            }

            await Task.Delay(100);
        }
    }

    private static string Id(int index) => (710_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture);

    private static int Index(string id) => (int)(long.Parse(id, CultureInfo.InvariantCulture) - 710_000_000_000_000_000L);

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Ceiling(quantile * sorted.Length) - 1];
}
