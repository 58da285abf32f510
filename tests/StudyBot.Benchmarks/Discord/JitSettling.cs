using System.Diagnostics;
using System.Runtime;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// In the bot's process: writes <see cref="Line"/> to standard output once the runtime has compiled no method for
/// <see cref="Quiet"/>, that is, once it has finished recompiling the busy code with full optimisation.
/// </summary>
/// <remarks>
/// On one core the runtime waits ten times longer than on several before it counts calls for that second compilation,
/// and every method run for the first time restarts the wait: under load the bot ran its first, unoptimised code for
/// about 40 s, then recompiled some 5,000 methods over the next 20 s; its p99 was 7-100 ms then, 2-5 ms afterwards.
/// A bot serves for days; the target is about the bot after that start.
/// </remarks>
internal static class JitSettling
{
    public const string Line = "settled";

    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static async Task AnnounceAsync(CancellationToken stop)
    {
        var compiled = JitInfo.GetCompiledMethodCount();
        var since = Stopwatch.GetTimestamp();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Poll, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                (compiled, since) = (now, Stopwatch.GetTimestamp());
            }
            else if (Stopwatch.GetElapsedTime(since) >= Quiet)
            {
                await Console.Out.WriteLineAsync(Line);
                await Console.Out.FlushAsync(stop);
                return;
            }
        }
    }
}
