using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;

namespace StudyBot.Core.ReadingLists;

public static class ReadingListsServiceCollectionExtensions
{
    /// <summary>Registers the /readinglist commands and the option autocomplete, which suggests reading lists among others.</summary>
    /// <remarks>Needs <c>AddStorage</c> and a <see cref="Corpus.CorpusLibrary"/> to check documents and sections.</remarks>
    public static IServiceCollection AddReadingLists(this IServiceCollection services) =>
        services.AddSingleton<CommandAutocomplete>()
            .AddCommand<ReadingListCreateCommand>()
            .AddCommand<ReadingListAddCommand>()
            .AddCommand<ReadingListRemoveCommand>()
            .AddCommand<ReadingListMoveCommand>()
            .AddCommand<ReadingListShowCommand>()
            .AddCommand<ReadingListListCommand>()
            .AddCommand<ReadingListDeleteCommand>();
}
