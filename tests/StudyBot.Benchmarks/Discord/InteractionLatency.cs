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
/// to receiving the callback, adds both loopback hops and the fake's own pauses, and is shown beside it.
/// </summary>
/// <remarks>
/// The load runs without a break while the bot starts up and settles. The target is measured on the
/// <see cref="Measured"/> interactions after the runtime in the bot finished its optimising compilation
/// (<see cref="JitSettling"/>); the <see cref="Measured"/> after the first <see cref="WarmUp"/>, while it still compiles,
/// are shown beside them, so what a freshly started bot gives is in the line too.
/// </remarks>
internal static class InteractionLatency
{
    public const string Child = "interactions";

    private const int PerSecond = 1_000;
    private const int WarmUp = 3_000;
    private const int Measured = 5_000;

    /// <summary>Interactions sent at most while the bot settles; a bot that has not settled by then is measured anyway, and that is said.</summary>
    private const int MostBeforeSettled = 120_000;
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
        using var stop = new CancellationTokenSource();
        var settling = JitSettling.AnnounceAsync(stop.Token);
        await Console.In.ReadToEndAsync();
        await stop.CancelAsync();
        await settling;
        await host.StopAsync();
        stamps.Write(stampsFile);
        return 0;
    }

    private static async Task<int> RunAsync(string answering)
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.KeepBodies = false;
        var stampsFile = Path.Combine(Path.GetTempPath(), $"studybot-interaction-stamps-{Guid.NewGuid():N}.txt");
        using var bot = ChildProcess.StartSelf(oneCore: true, readOutput: true, DiscordMeasurement.ChildCommand, Child, fake.BaseUrl, answering, stampsFile);
        var settled = SettledAsync(bot);
        Load load;
        long[] arrived;
        double cpu;
        try
        {
            var connection = await FakeGateway.ReadyAsync(fake);
            load = await SendAsync(fake, connection, settled, () =>
            {
                bot.Refresh();
                return bot.TotalProcessorTime;
            });
            arrived = await CallbacksAsync(fake, load.Sent.Length);
            bot.Refresh();

            // Processor time is what the machine's load does not change: the cost of an interaction to the bot.
            var steady = arrived.Skip(load.SteadyFrom).Count(a => a != 0);
            cpu = (bot.TotalProcessorTime - load.ProcessorTimeAtSteady).TotalMilliseconds / Math.Max(1, steady);
        }
        finally
        {
            bot.StandardInput.Close();
            await bot.WaitForExitAsync();
        }

        var inBot = InBotStamps.Read(stampsFile);
        File.Delete(stampsFile);
        var sent = load.Sent;
        var measured = Enumerable.Range(load.SteadyFrom, Measured).Where(i => arrived[i] != 0).ToArray();
        var seenFromFake = measured.Select(i => Stopwatch.GetElapsedTime(sent[i], arrived[i]).TotalMilliseconds).Order().ToArray();
        var inside = InBot(inBot, measured);
        var first = InBot(inBot, Enumerable.Range(WarmUp, Measured).Where(i => arrived[i] != 0));
        var lost = arrived.Count(a => a == 0);
        var rate = (Measured - 1) / Stopwatch.GetElapsedTime(sent[load.SteadyFrom], sent[^1]).TotalSeconds;
        var p99 = Percentile(inside, 0.99);
        var met = lost == 0 && load.Settled && p99 < Target.TotalMilliseconds;
        var settling = load.Settled
            ? string.Create(CultureInfo.InvariantCulture, $"settled after {load.SteadyFrom / (double)PerSecond:F0} s")
            : $"NOT SETTLED within {MostBeforeSettled} interactions";

        // The target is the whole bot's; the client alone is there for comparison.
        var verdict = answering == WholeBot ? DiscordMeasurement.Verdict(met) : "for comparison";
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  interactions ({(answering == WholeBot ? "the bot" : "the client alone, answering at once")}): {Measured} /{Command} at {rate:F0}/s on one core, once the runtime {settling}; " +
            $"in the bot, frame received to callback sent: {Spread(inside)}; seen from the fake, frame sent to callback received: {Spread(seenFromFake)}; " +
            $"longest gap between two frames sent {LongestGap(sent, load.SteadyFrom):F1} ms; {lost} unanswered of {sent.Length}; {cpu:F2} ms of the child's processor time per interaction; " +
            $"in the bot while its runtime still compiled ({WarmUp}-{WarmUp + Measured} after start): {Spread(first)} (target p99 < {Target.TotalMilliseconds} ms in the bot once settled, none lost): {verdict}"));
        return met || answering != WholeBot ? 0 : 1;
    }

    private static double[] InBot(Dictionary<string, double> inBot, IEnumerable<int> indexes) =>
        indexes.Select(i => inBot.GetValueOrDefault(Id(i), double.PositiveInfinity)).Order().ToArray();

    /// <summary>Completes when the bot says its runtime settled (<see cref="JitSettling"/>); never, when it does not.</summary>
    private static async Task SettledAsync(Process bot)
    {
        while (await bot.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == JitSettling.Line)
            {
                return;
            }
        }

        await Task.Delay(Timeout.Infinite);
    }

    private static string Spread(double[] sorted) => string.Create(
        CultureInfo.InvariantCulture,
        $"median {Percentile(sorted, 0.5):F2} ms, p95 {Percentile(sorted, 0.95):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, max {sorted.LastOrDefault():F2} ms");

    /// <summary>
    /// Sends interactions at <see cref="PerSecond"/>, evenly, until <see cref="Measured"/> went after the bot settled
    /// (at least <see cref="WarmUp"/> plus <see cref="Measured"/> in all), and notes the bot's processor time when the
    /// measured ones begin. The frames are made before the clock starts and sent from a thread of their own that waits
    /// for each one's time: after the thread pool's timer they left in bursts of three or four, which the bot then
    /// handled together, more cheaply than frames one by one as Discord sends them. Only a pause of the fake's whole
    /// process (its garbage collector) still delays frames, and the longest gap between two is printed.
    /// </summary>
    private static Task<Load> SendAsync(FakeDiscord fake, FakeGatewayConnection connection, Task settled, Func<TimeSpan> processorTime)
    {
        var frames = Enumerable.Range(0, MostBeforeSettled + Measured).Select(i => FakeResponses.Interaction(Id(i), Command)).ToArray();
        var done = new TaskCompletionSource<Load>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sender = new Thread(() =>
        {
            try
            {
                done.SetResult(SendEvenly(fake, connection, frames, settled, processorTime));
            }
            catch (Exception failure)
            {
                done.SetException(failure);
            }
        }) { IsBackground = true, Name = "Interaction sender" };
        sender.Start();
        return done.Task;
    }

    private static Load SendEvenly(FakeDiscord fake, FakeGatewayConnection connection, JsonObject[] frames, Task settled, Func<TimeSpan> processorTime)
    {
        var sent = new long[frames.Length];
        var steadyFrom = -1;
        var atSteady = TimeSpan.Zero;
        var settledInTime = false;
        var start = Stopwatch.GetTimestamp();
        var i = 0;
        for (; steadyFrom < 0 || i < steadyFrom + Measured; i++)
        {
            if (steadyFrom < 0 && i >= WarmUp + Measured && (settled.IsCompleted || i == MostBeforeSettled))
            {
                steadyFrom = i;
                settledInTime = settled.IsCompleted;
                atSteady = processorTime();
            }

            var due = start + (i * Stopwatch.Frequency / PerSecond);
            // A sleep overshoots by up to a millisecond; spinning for the rest would take the core the fake answers on.
            while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) > SleepSlack)
            {
                Thread.Sleep(1);
            }

            sent[i] = Stopwatch.GetTimestamp();
            fake.DispatchAsync(connection, "INTERACTION_CREATE", frames[i]).GetAwaiter().GetResult();
        }

        return new Load(sent[..i], steadyFrom, settledInTime, atSteady);
    }

    /// <summary>The longest time between two frames sent in the measured part: how evenly the load came.</summary>
    private static double LongestGap(long[] sent, int from) =>
        Enumerable.Range(from + 1, sent.Length - from - 1).Max(i => Stopwatch.GetElapsedTime(sent[i - 1], sent[i]).TotalMilliseconds);

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

    /// <summary>When each interaction was sent, where the measured ones begin, whether the bot had settled by then, and its processor time then.</summary>
    private sealed record Load(long[] Sent, int SteadyFrom, bool Settled, TimeSpan ProcessorTimeAtSteady);
}
