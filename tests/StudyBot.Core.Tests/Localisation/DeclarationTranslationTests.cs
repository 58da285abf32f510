using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Localisation;

/// <summary>Every command as the bot declares it (the whole host, help included) reads in Dutch too.</summary>
public sealed class DeclarationTranslationTests
{
    [Fact]
    public async Task Declarations_EveryCommandOptionAndChoice_HaveDutch()
    {
        var declarations = await DeclarationsAsync();

        var missing = declarations.SelectMany(Untranslated).ToArray();

        Assert.True(missing.Length == 0, "Without Dutch: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task Declarations_EveryGroup_HasADescriptionOfItsOwn()
    {
        var declarations = await DeclarationsAsync();

        var groups = declarations.Where(d => d.Name != d.Group && !d.IsInternal).Select(d => d.Group).Distinct().ToArray();

        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.Contains(g, CommandGroups.Named));
        Assert.All(groups, g => Assert.NotEqual(CommandGroups.Describe(g, []).English, CommandGroups.Describe(g, []).Dutch));
    }

    private static IEnumerable<string> Untranslated(CommandDeclaration declaration)
    {
        if (string.IsNullOrWhiteSpace(declaration.DutchDescription))
        {
            yield return "/" + declaration.Name;
        }

        foreach (var option in declaration.Options)
        {
            if (string.IsNullOrWhiteSpace(option.DutchDescription))
            {
                yield return $"/{declaration.Name} {option.Name}";
            }

            foreach (var choice in option.Choices.Where(c => string.IsNullOrWhiteSpace(c.DutchName)))
            {
                yield return $"/{declaration.Name} {option.Name} choice {choice.Value}";
            }
        }
    }

    private static async Task<IReadOnlyList<CommandDeclaration>> DeclarationsAsync()
    {
        await using var database = TestDatabase.Sqlite();
        using var host = TestBot.Build(database, TimeProvider.System, poster: null);
        return host.Services.GetRequiredService<CommandCatalog>().Declarations;
    }
}
