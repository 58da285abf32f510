using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>
/// A short history essay written for these tests, imported as the bot imports a corpus file: a dateline, a title,
/// a byline, headings, a caption, a quotation, dialogue, a note, and sentences that point back or carry editorial
/// marks, so the text rules are tried on a text they were not tuned on.
/// </summary>
internal static class EssayText
{
    public const string FileName = "dockers-tanner.txt";

    private static readonly Lazy<Document> Imported = new(() => CorpusTestSupport.Import(Source, FileName));

    /// <summary>The essay as written, before import.</summary>
    public static string Source => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "Texts", FileName));

    public static Document Document => Imported.Value;
}
