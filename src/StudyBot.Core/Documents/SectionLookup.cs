using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>Finds the section a user means by its number (1-based, as shown) or its title.</summary>
public static class SectionLookup
{
    /// <summary>
    /// The section numbered or titled <paramref name="reference"/>; a title may be a folded prefix or part if
    /// only one section fits. Refuses with the numbers or titles that exist.
    /// </summary>
    public static Section Require(Document document, string reference)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(reference);
        var text = reference.Trim();
        var count = document.Sections.Count;
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= count
                ? document.Sections[number - 1]
                : throw new CommandException(count == 1 ? DocumentTexts.OnlySectionOne : DocumentTexts.NoSuchSection, number, document.Slug, count);
        }

        var key = TextFolding.Fold(text);
        var exact = document.Sections.Where(s => TextFolding.Fold(s.Title) == key).ToArray();
        var matches = exact.Length > 0
            ? exact
            : document.Sections.Where(s => TextFolding.Fold(s.Title).Contains(key, StringComparison.Ordinal)).ToArray();
        return matches.Length == 1
            ? matches[0]
            : throw new CommandException(
                matches.Length == 0 ? DocumentTexts.NoSectionCalled : DocumentTexts.SeveralSectionsCalled,
                document.Slug,
                text,
                string.Join("; ", document.Sections.Select(s => $"{s.Index + 1}. {s.Title}")));
    }
}
