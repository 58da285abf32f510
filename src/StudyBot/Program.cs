using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Maintenance;
using StudyBot.Terminal;

if (args is ["corpus", "segment", .. var segmentArgs])
{
    return await SegmentTool.RunAsync(segmentArgs, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
}

var builder = Host.CreateApplicationBuilder(args);

// Logs go to standard error so that they never mix with the terminal chat on standard output.
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

builder.Services.AddTerminal();

await builder.Build().RunAsync().ConfigureAwait(false);
return 0;
