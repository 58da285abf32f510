namespace StudyBot.Core.Quizzes;

/// <summary>How large a place is, so a city is never offered among countries, nor a continent among cities.</summary>
public enum PlaceScale
{
    /// <summary>Not known for the document's language: the place is not asked about, as no wrong choice is sure to be of its kind.</summary>
    Unknown,

    /// <summary>A city, town, province or region inside a country.</summary>
    Locality,

    Country,

    Continent,
}
