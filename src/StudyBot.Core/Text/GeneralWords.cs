using System.Collections.Frozen;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Text;

/// <summary>
/// Content words so general that a reader never takes them for what a text is about ("today", "new", "means", "kind";
/// "vandaag", "nieuwe", "betekent", "soort"), folded. Search still ranks them; key terms, and so quiz blanks and topics,
/// leave them out.
/// </summary>
public static class GeneralWords
{
    private static readonly FrozenSet<string> English = Words(
        "able basis become becomes became began begin begins big case certain day days etc fact first get gets give given gives great kind kinds "
        + "means meant part parts people person place places put say says second see seen start started starts take taken takes thing things third "
        + "time times today took way ways went year years");

    private static readonly FrozenSet<string> Dutch = Words(
        "basis begon begonnen betekende betekenen betekent dag dagen deel delen derde eerste enz feit feiten gaf geven gezien grote groot jaar jaren "
        + "keer komen kwam kwamen maakt maken manier mensen nam nemen nieuw nieuwe plaats soort soorten tijd tijden tweede vandaag zaak zaken zeggen zegt");

    /// <summary>Whether the folded word is one of the language's general words.</summary>
    public static bool Contains(string foldedWord, Language language) =>
        (language == Language.Dutch ? Dutch : English).Contains(foldedWord);

    private static FrozenSet<string> Words(string list) => list.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
