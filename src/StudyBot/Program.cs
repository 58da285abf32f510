using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot;
using StudyBot.Core;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;
using StudyBot.Maintenance;
using StudyBot.Terminal;

if (args is ["corpus", "segment", .. var segmentArgs])
{
    return await SegmentTool.RunAsync(segmentArgs, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
}

var maintenance = args is ["corpus", ..];
var builder = Host.CreateApplicationBuilder(maintenance ? [] : args);

// Logs go to standard error so that they never mix with the terminal chat on standard output.
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

// At a terminal only problems are worth interrupting the chat for; Logging:LogLevel settings still win.
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// A failed start is rethrown to the catch below, which reports it once.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

builder.Services.AddCorpus(builder.Configuration);
if (maintenance)
{
    // The study features only register here; the search index is built when a sample first asks for it.
    builder.Services.AddStudyFeatures();
    using var tools = builder.Build();
    return await CorpusTool.RunAsync(args[1..], tools.Services, Console.Out, Console.Error).ConfigureAwait(false);
}

builder.Services
    .AddTerminal()
    .AddStudyBot(builder.Configuration);

using var host = builder.Build();

// Starting the host first creates its services, which imports the corpus and builds its search index; then the
// database initializer opens the database, which makes EF Core build its model (about half a second, mostly JIT).
// Neither needs the other, so the model is built alongside the corpus. A failure here is reported by the
// initializer, which meets it again.
_ = Task.Run(() =>
{
    using var db = host.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();
    return db.Model;
});

try
{
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (OperationCanceledException)
{
    // Ctrl+C while starting: nothing was started that needs more than the host's own clean-up.
    return 130;
}
catch (Exception problem) when (problem is StorageStartupException or OptionsValidationException)
{
    // The operator's to fix (a setting, the database file): the message says what and where; a stack trace would bury it.
    await Console.Error.WriteLineAsync("StudyBot could not start: " + problem.Message).ConfigureAwait(false);
    return 1;
}
