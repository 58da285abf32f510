using System.Reflection;
using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Tests.Localisation;

public sealed partial class LocalTextCatalogTests
{
    public static TheoryData<string> AllTexts()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Texts())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Catalog_FindsTheTextsOfTheCore() =>
        Assert.Contains(Texts(), t => t.Name.EndsWith(".UnknownCommand", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(AllTexts))]
    public void Text_HasEveryLanguageWithTheSamePlaceholders(string name)
    {
        var text = Texts().Single(t => t.Name == name).Text;
        Assert.False(string.IsNullOrWhiteSpace(text.English), $"{name} has no English text");
        Assert.False(string.IsNullOrWhiteSpace(text.Dutch), $"{name} has no Dutch text");
        Assert.Equal(Placeholders(text.English), Placeholders(text.Dutch));
    }

    [Fact]
    public void Format_WritesNumbersTheLanguagesWay()
    {
        var text = new LocalText("{0:N0} words", "{0:N0} woorden");
        Assert.Equal("11,740 words", text.Format(Language.English, 11740));
        Assert.Equal("11.740 woorden", text.Format(Language.Dutch, 11740));
    }

    private static IEnumerable<(string Name, LocalText Text)> Texts() =>
        typeof(LocalText).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(LocalText))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (LocalText)f.GetValue(null)!));

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
