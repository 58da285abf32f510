using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>
/// The labels front doors put beside a reply's values (key terms, size, page x of y), in the reply's
/// <see cref="Reply.Language"/>, so every platform words them alike.
/// </summary>
public static class ReplyLabels
{
    public static readonly LocalText KeyTerms = new("Key terms", "Kernbegrippen");

    public static readonly LocalText FullText = new("Full text", "Hele tekst");

    public static readonly LocalText Source = new("Source", "Bron");

    public static readonly LocalText PageOf = new("page {0} of {1}", "pagina {0} van {1}");

    public static readonly LocalText OnlyYou = new("(only you can see this)", "(alleen jij ziet dit)");

    public static readonly LocalText Error = new("Error: {0}", "Fout: {0}");

    public static readonly LocalText PostedLate = new("{0} (posted late)", "{0} (later geplaatst)");

    /// <summary>Before a scheduled message that left after its time.</summary>
    public static readonly LocalText Late = new("(late)", "(te laat)");

    /// <summary>How a front door that cannot ping a role names the one a reminder calls, e.g. "For the role 'readers'."</summary>
    public static readonly LocalText ForRole = new("For {0}.", "Voor {0}.");

    /// <summary>A role where roles are names (the terminal).</summary>
    public static readonly LocalText RoleName = new("the role '{0}'", "de rol '{0}'");

    public static readonly LocalText Words = new("{0:N0} words", "{0:N0} woorden");

    public static readonly LocalText MinutesRead = new("{0} min read", "{0} min. lezen");

    public static readonly LocalText HoursRead = new("{0} h {1} min read", "{0} u {1} min. lezen");

    /// <summary>"11,740 words, 47 min read" in <paramref name="language"/>.</summary>
    public static string Size(TextFacts facts, Language language)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Words.Format(language, facts.WordCount) + ", " + ReadingTime(facts.ReadingTime, language);
    }

    /// <summary>A reading time the way readers say it: minutes, or hours and minutes from an hour on.</summary>
    public static string ReadingTime(TimeSpan time, Language language) =>
        time.TotalMinutes < 60
            ? MinutesRead.Format(language, (int)Math.Ceiling(time.TotalMinutes))
            : HoursRead.Format(language, (int)time.TotalHours, time.Minutes);
}
