using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>The labels of paging buttons and of a page's place in its list.</summary>
internal static class PagingTexts
{
    public static readonly LocalText Previous = new("Previous", "Vorige");

    public static readonly LocalText Next = new("Next", "Volgende");

    public static readonly LocalText NextPage = new("Next page", "Volgende pagina");
}
