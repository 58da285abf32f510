using System.Globalization;

namespace StudyBot.Core.Corpus.Structure;

/// <summary>Turns a heading's text into the title a reader uses: "ONZE ACTIVITEIT" → "Onze activiteit", "is de klassenoorlog voorbij?" → "Is de klassenoorlog voorbij?".</summary>
internal static class SectionTitles
{
    public static string FromHeading(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var title = heading.Trim().TrimEnd(':').Trim();
        if (title.Length == 0)
        {
            return title;
        }

        if (Normalisation.TextShape.IsAllCaps(title))
        {
            title = title.ToLower(CultureInfo.InvariantCulture);
        }

        return char.IsLower(title[0]) ? string.Concat(char.ToUpperInvariant(title[0]).ToString(), title.AsSpan(1)) : title;
    }
}
