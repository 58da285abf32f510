using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot;
using StudyBot.Core;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;
using StudyBot.Health;
using StudyBot.Maintenance;

if (args is ["corpus", "segment", .. var segmentArgs])
{
    return await SegmentTool.RunAsync(segmentArgs, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
}

var maintenance = args is ["corpus", ..] or ["discord", "commands", ..];
var builder = StudyBotHost.CreateBuilder(maintenance ? [] : args, AppContext.BaseDirectory);
builder.Services.AddCorpus(builder.Configuration);
if (args is ["discord", "commands", ..])
{
    builder.Services.AddStudyBot(builder.Configuration);
    using var tools = builder.Build();
    return await DiscordTool.RunAsync(args[1..], tools.Services.GetRequiredService<CommandCatalog>, Console.Out, Console.Error).ConfigureAwait(false);
}

if (maintenance)
{
    // The study features only register here; the search index is built when a sample first asks for it.
    builder.Services.AddStudyFeatures();
    using var tools = builder.Build();
    return await CorpusTool.RunAsync(args[1..], tools.Services, Console.Out, Console.Error).ConfigureAwait(false);
}

builder.Services
    .AddFrontDoors(builder.Configuration)
    .AddStudyBot(builder.Configuration)
    .AddHealth();

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

return await StudyBotHost.RunAsync(host, Console.Error).ConfigureAwait(false);
