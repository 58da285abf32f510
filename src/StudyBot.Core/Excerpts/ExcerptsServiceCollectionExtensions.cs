using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;
using StudyBot.Core.Quotes;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Excerpts;

public static class ExcerptsServiceCollectionExtensions
{
    /// <summary>Registers the /excerpt commands, the channel deck and the daily excerpt's schedule handler.</summary>
    /// <remarks>
    /// Needs <c>AddStorage</c>, <c>AddScheduling</c> and a <see cref="Corpus.CorpusLibrary"/>. Excerpts are the
    /// quote feature's quotable passages (<see cref="QuoteExcerptSource"/>).
    /// </remarks>
    public static IServiceCollection AddExcerpts(this IServiceCollection services)
    {
        services.TryAddSingleton<QuoteCatalog>();
        services.TryAddSingleton<IExcerptSource, QuoteExcerptSource>();
        services.TryAddSingleton<ExcerptDeck>();
        services.TryAddSingleton<ExcerptServices>();
        services.TryAddSingleton<ScheduleControl>();
        services.AddSingleton<IScheduleHandler, ExcerptScheduleHandler>();
        services.AddCommand<ExcerptDailyCommand>();
        services.AddSingleton<ICommand>(sp => ExcerptControlCommand.Stop(sp.GetRequiredService<ExcerptServices>()));
        services.AddSingleton<ICommand>(sp => ExcerptControlCommand.Status(sp.GetRequiredService<ExcerptServices>()));
        services.AddSingleton<ICommand>(sp => ExcerptControlCommand.Now(sp.GetRequiredService<ExcerptServices>()));
        return services;
    }
}
