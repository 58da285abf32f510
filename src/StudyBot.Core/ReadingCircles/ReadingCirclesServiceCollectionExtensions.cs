using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.ReadingCircles;

public static class ReadingCirclesServiceCollectionExtensions
{
    /// <summary>Registers the /circle commands and the circle's schedule handler (reminders, moving on, the end).</summary>
    /// <remarks>Needs <c>AddStorage</c>, <c>AddScheduling</c> and a <see cref="Corpus.CorpusLibrary"/>.</remarks>
    public static IServiceCollection AddReadingCircles(this IServiceCollection services)
    {
        services.TryAddSingleton<CircleServices>();
        services.TryAddSingleton<ScheduleControl>();
        services.AddSingleton<IScheduleHandler, CircleScheduleHandler>();
        services.AddCommand<CircleCommand>().AddCommand<CircleDoneCommand>().AddCommand<CircleRsvpCommand>().AddCommand<CircleSetupCommand>();
        services.AddSingleton<ICommand>(sp => CircleControlCommand.Pause(sp.GetRequiredService<CircleServices>()));
        services.AddSingleton<ICommand>(sp => CircleControlCommand.Resume(sp.GetRequiredService<CircleServices>()));
        services.AddSingleton<ICommand>(sp => CircleControlCommand.Skip(sp.GetRequiredService<CircleServices>()));
        services.AddSingleton<ICommand>(sp => CircleControlCommand.Stop(sp.GetRequiredService<CircleServices>()));
        services.AddSingleton<ICommand>(sp => CircleControlCommand.Status(sp.GetRequiredService<CircleServices>()));
        return services;
    }
}
