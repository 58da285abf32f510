using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Corpus;

public static class CorpusServiceCollectionExtensions
{
    /// <summary>
    /// Registers the corpus: <see cref="CorpusOptions"/> bound from <c>StudyBot:Corpus</c> and validated at start,
    /// the <see cref="CorpusImporter"/>, and the imported <see cref="CorpusLibrary"/> (loaded once, on first use).
    /// </summary>
    public static IServiceCollection AddCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CorpusOptions>()
            .Bind(configuration.GetSection(CorpusOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CorpusOptions>, CorpusOptionsValidator>());
        services.TryAddSingleton<SentenceSegmenter>();
        services.TryAddSingleton<CorpusImporter>();
        services.TryAddSingleton(sp => sp.GetRequiredService<CorpusImporter>().ImportFolder());
        services.TryAddSingleton(sp => sp.GetRequiredService<CorpusImportResult>().Library);
        return services;
    }
}
