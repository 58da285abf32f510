using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

public sealed class CorpusServiceCollectionExtensionsTests
{
    [Fact]
    public void Binds_the_options_and_loads_the_library_from_the_configured_folder()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["StudyBot:Corpus:Folder"] = CorpusTestSupport.SeedsFolder(),
            ["StudyBot:Corpus:MaxFileBytes"] = "1000000",
        });

        Assert.Equal(1_000_000, provider.GetRequiredService<IOptions<CorpusOptions>>().Value.MaxFileBytes);
        Assert.Equal(5, provider.GetRequiredService<CorpusLibrary>().Documents.Count);
    }

    [Theory]
    [InlineData("StudyBot:Corpus:MaxFileBytes", "0", "MaxFileBytes")]
    [InlineData("StudyBot:Corpus:MaxFileBytes", "9999999999999", "MaxFileBytes")]
    [InlineData("StudyBot:Corpus:Folder", " ", "Folder")]
    public void Rejects_invalid_options_naming_the_setting(string key, string value, string setting)
    {
        using var provider = Services(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CorpusOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddCorpus(configuration).BuildServiceProvider();
    }
}
