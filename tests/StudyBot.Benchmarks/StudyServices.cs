using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Benchmarks;

/// <summary>The study features wired as the host wires them, over a given corpus folder.</summary>
internal static class StudyServices
{
    /// <summary>Who sends the benchmark's commands: a member of a terminal-like channel.</summary>
    public static CommandContext Member { get; } = new("benchmark", "benchmark:community", "benchmark:channel", "benchmark:member", "member", IsModerator: false);

    /// <summary>Imports <paramref name="corpusFolder"/> and, unless told not to, builds the search index that every study feature uses.</summary>
    public static ServiceProvider Start(string corpusFolder, bool buildIndex = true)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [CorpusOptions.SectionName + ":" + nameof(CorpusOptions.Folder)] = corpusFolder,
                ["StudyBot:RandomSeed"] = "1917",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddCorpus(configuration)
            .AddStudyFeatures()
            .BuildServiceProvider();
        if (buildIndex)
        {
            services.GetRequiredService<CorpusSearchIndex>();
        }
        else
        {
            services.GetRequiredService<CorpusLibrary>();
        }

        return services;
    }

    /// <summary>Runs one command line and fails loudly if it was refused, so that a benchmark never times an error reply.</summary>
    public static Reply Run(CommandDispatcher dispatcher, string line)
    {
        var reply = dispatcher.ExecuteLineAsync(Member, line, CancellationToken.None).GetAwaiter().GetResult();
        return reply is MessageReply { Tone: ReplyTone.Error } error
            ? throw new InvalidOperationException($"'{line}' was refused: {error.Text}")
            : reply;
    }
}
