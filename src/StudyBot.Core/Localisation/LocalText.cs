using System.Globalization;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Localisation;

/// <summary>
/// One user-facing text in every reply language, side by side. Each feature keeps its texts as static fields of
/// one class beside its commands (e.g. <c>QuoteTexts</c>); <c>LocalTextCatalogTests</c> finds every such field and
/// fails when a language is missing or the placeholders differ, so an untranslated string cannot ship.
/// </summary>
/// <param name="English">The English text; composite-format placeholders ({0}, {1:N0}) allowed.</param>
/// <param name="Dutch">The Dutch text, with the same placeholders.</param>
public sealed record LocalText(string English, string Dutch)
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo DutchCulture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The text in <paramref name="language"/>; English for a language without translations yet.</summary>
    public string In(Language language) => language == Language.Dutch ? Dutch : English;

    /// <summary>The text in <paramref name="language"/> with its placeholders filled, numbers written the language's way.</summary>
    public string Format(Language language, params object?[] args) =>
        string.Format(CultureOf(language), In(language), args);

    /// <summary>The culture whose number and date conventions a reply in <paramref name="language"/> follows.</summary>
    public static CultureInfo CultureOf(Language language) => language == Language.Dutch ? DutchCulture : EnglishCulture;
}
