using StudyBot.Core.Commands;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Commands;

namespace StudyBot.Core.Tests;

public sealed class StudyFeaturesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddStudyFeatures_DeclaresEveryStudyCommandWithinPlatformLimits()
    {
        using var features = new StudyFeatures();

        var names = features.Dispatcher.Catalog.Declarations.Select(d => d.Name).ToArray();

        Assert.Equal(
            ["answer", "context", "documents", "help", "quiz next", "quiz start", "quiz stop", "quote", "read", "search", "summary"],
            names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddStudyFeatures_TheConfiguredSeedMakesQuotesReproducible()
    {
        using var first = new StudyFeatures(seed: 42);
        using var second = new StudyFeatures(seed: 42);

        var a = Assert.IsType<QuoteReply>(await first.Run(TestContexts.Terminal, "/quote"));
        var b = Assert.IsType<QuoteReply>(await second.Run(TestContexts.Terminal, "/quote"));

        Assert.Equal(a.Text, b.Text);
        Assert.Same(first.Get<QuoteFinder>(), first.Get<QuoteFinder>());
    }
}
