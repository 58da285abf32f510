using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Commands;

/// <summary>
/// Answers a front door's "what could go in option X, given what was typed so far and the other options":
/// documents, sections of the chosen document, the community's reading lists, or time zones; the best
/// <see cref="MaxSuggestions"/> matches, those that start with the typed text first.
/// </summary>
public sealed class CommandAutocomplete
{
    /// <summary>Discord shows at most 25 suggestions.</summary>
    public const int MaxSuggestions = 25;

    private readonly CommandCatalog catalog;
    private readonly CorpusLibrary library;
    private readonly IDbContextFactory<StudyBotDbContext> contexts;

    public CommandAutocomplete(CommandCatalog catalog, CorpusLibrary library, IDbContextFactory<StudyBotDbContext> contexts)
    {
        this.catalog = catalog;
        this.library = library;
        this.contexts = contexts;
    }

    public async Task<IReadOnlyList<CommandChoice>> SuggestAsync(
        CommandContext context, string command, string option, string partial, IReadOnlyDictionary<string, string> others, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(others);
        var source = catalog.Find(command)?.Declaration.FindOption(option)?.Autocomplete ?? AutocompleteSource.None;
        var typed = TextFolding.Fold(partial?.Trim() ?? string.Empty);
        var candidates = source switch
        {
            AutocompleteSource.Documents => library.Documents.Select(d => new CommandChoice(d.Title, d.Slug)),
            AutocompleteSource.Sections => library.Find(others.GetValueOrDefault("document"))?.Sections
                .Select(s => new CommandChoice(string.Create(CultureInfo.InvariantCulture, $"{s.Index + 1}. {s.Title}"), (s.Index + 1).ToString(CultureInfo.InvariantCulture))) ?? [],
            AutocompleteSource.ReadingLists => await ReadingListsAsync(context.CommunityId, cancellationToken).ConfigureAwait(false),
            AutocompleteSource.TimeZones => DateTimeZoneProviders.Tzdb.Ids.Select(id => new CommandChoice(id, id)),
            _ => [],
        };
        return candidates
            .Select(c => (Choice: c, Name: TextFolding.Fold(c.Name), Value: TextFolding.Fold(c.Value)))
            .Where(c => c.Name.Contains(typed, StringComparison.Ordinal) || c.Value.Contains(typed, StringComparison.Ordinal))
            .OrderBy(c => c.Name.StartsWith(typed, StringComparison.Ordinal) || c.Value.StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)
            .Take(MaxSuggestions)
            .Select(c => Fit(c.Choice))
            .ToArray();
    }

    private async Task<IEnumerable<CommandChoice>> ReadingListsAsync(string communityId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.ReadingLists.Where(l => l.CommunityId == communityId).OrderBy(l => l.Name).Select(l => l.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return names.Select(n => new CommandChoice(n, n));
    }

    // Choice names and values are limited to 100 characters; a long section title is cut, its value is a number.
    private static CommandChoice Fit(CommandChoice choice) =>
        choice.Name.Length <= CommandCatalog.MaxChoiceLength ? choice : choice with { Name = choice.Name[..(CommandCatalog.MaxChoiceLength - 1)] + "…" };
}
