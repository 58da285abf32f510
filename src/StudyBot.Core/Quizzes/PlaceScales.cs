using System.Globalization;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Tells countries and continents from other places by name. The corpus says where things happened ("in Bursa",
/// "in Turkey") but not how large those places are, and a city among countries gives the answer away or, when it lies
/// inside the answer ("in Bursa" / "in Turkey"), is right too.
/// </summary>
/// <remarks>
/// English country names come from the platform's ICU data (<see cref="RegionInfo.EnglishName"/>), plus the
/// names still used in texts for countries that CLDR calls otherwise or does not list as regions. Other languages have
/// no such list here yet, so their places stay <see cref="PlaceScale.Unknown"/> and are not asked about.
/// </remarks>
public static class PlaceScales
{
    private static readonly Lazy<HashSet<string>> EnglishCountries = new(ReadEnglishCountries);

    // Names in texts that CLDR spells otherwise (Türkiye, Myanmar) or keeps inside a larger region (the UK's nations).
    private static readonly string[] OtherEnglishCountryNames = ["Turkey", "Burma", "Persia", "Holland", "Britain", "England", "Scotland", "Wales"];

    private static readonly HashSet<string> EnglishContinents = new(
        ["europe", "asia", "africa", "america", "americas", "oceania", "antarctica", "eurasia"], StringComparer.Ordinal);

    /// <summary>The scale of a place named in a text of <paramref name="language"/>.</summary>
    public static PlaceScale Of(string place, Language language)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(language);
        if (language != Language.English)
        {
            return PlaceScale.Unknown;
        }

        var folded = TextFolding.Fold(place);
        return EnglishContinents.Contains(folded) ? PlaceScale.Continent
            : EnglishCountries.Value.Contains(folded) ? PlaceScale.Country
            : PlaceScale.Locality;
    }

    private static HashSet<string> ReadEnglishCountries()
    {
        var names = new HashSet<string>(OtherEnglishCountryNames.Select(TextFolding.Fold), StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            if (culture.Name.Length > 0 && TryRegion(culture.Name) is { } region)
            {
                names.Add(TextFolding.Fold(region.EnglishName));
            }
        }

        return names;
    }

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            // A culture without a region of its own.
            return null;
        }
    }
}
