using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>
/// What each command group is for, in every reply language: Discord shows a group's description in its command
/// picker, where members meet the group before any subcommand.
/// </summary>
public static class CommandGroups
{
    private static readonly Dictionary<string, LocalText> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quiz"] = new("Quizzes on the corpus: start one, answer, see results", "Quizzen over het corpus: starten, antwoorden, resultaten zien"),
        ["circle"] = new("The reading circle: current reading, next meeting, who comes", "De leeskring: huidige tekst, volgende bijeenkomst, wie er komt"),
        ["circle-admin"] = new("Set up and run the reading circle (moderators)", "De leeskring opzetten en leiden (moderators)"),
        ["readinglist"] = new("This community's reading lists", "De leeslijsten van deze gemeenschap"),
        ["readinglist-admin"] = new("Build and change reading lists (moderators)", "Leeslijsten maken en wijzigen (moderators)"),
        ["settings"] = new("This community's settings", "De instellingen van deze gemeenschap"),
        ["settings-admin"] = new("Change this community's settings (moderators)", "De instellingen van deze gemeenschap wijzigen (moderators)"),
        ["excerpt"] = new("The daily excerpt in a channel (moderators)", "Het dagelijkse fragment in een kanaal (moderators)"),
    };

    /// <summary>The groups with a description of their own.</summary>
    public static IReadOnlyCollection<string> Named => Known.Keys;

    /// <summary>
    /// The group's description; a group without one (a feature added without describing it) lists its subcommands,
    /// "quiz: start, next", the same in every language, which <c>CommandGroupsTests</c> refuses for the real catalog.
    /// </summary>
    public static LocalText Describe(string group, IEnumerable<CommandDeclaration> subcommands)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(subcommands);
        if (Known.TryGetValue(group, out var known))
        {
            return known;
        }

        var listed = $"{group}: " + string.Join(", ", subcommands.Select(d => d.Name.Split(' ').Last()));
        var text = listed.Length <= CommandCatalog.MaxDescriptionLength ? listed : listed[..(CommandCatalog.MaxDescriptionLength - 1)] + "…";
        return new LocalText(text, text);
    }
}
