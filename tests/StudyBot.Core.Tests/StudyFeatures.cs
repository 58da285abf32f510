using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests;

/// <summary>The study features resolved through <c>AddStudyFeatures</c>, as the host wires them, over the test corpus.</summary>
internal sealed class StudyFeatures : IDisposable
{
    private readonly ServiceProvider provider;

    public StudyFeatures(int seed = 1, CorpusLibrary? library = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["StudyBot:RandomSeed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(library ?? TestCorpus.Library)
            .AddSingleton<TimeProvider>(Clock);
        services.AddStudyFeatures();
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Dispatcher = provider.GetRequiredService<CommandDispatcher>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 21, 19, 0, 0, TimeSpan.Zero));

    public CommandDispatcher Dispatcher { get; }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public Task<Reply> Run(CommandContext context, string line) => Dispatcher.ExecuteLineAsync(context, line, CancellationToken.None);

    public void Dispose() => provider.Dispose();
}
