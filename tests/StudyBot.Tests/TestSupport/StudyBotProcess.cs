using System.Diagnostics;

namespace StudyBot.Tests.TestSupport;

/// <summary>The built bot (studybot.dll, copied beside the tests) run as its own process, as an operator starts it.</summary>
internal static class StudyBotProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs the bot in <paramref name="workingDirectory"/> with <paramref name="input"/> piped in, and waits for it to exit.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, string input, params string[] arguments)
    {
        // dotnet test names its own dotnet; a plain "dotnet" would be whichever the PATH finds.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "studybot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("studybot did not exit within two minutes. Standard error so far: " + await error);
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
