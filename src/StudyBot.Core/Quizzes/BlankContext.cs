namespace StudyBot.Core.Quizzes;

/// <summary>
/// The folded words next to a cloze blank: before it, back to and including the nearest content word, and
/// after it, up to the nearest content word ("face the", "unions"). A wrong choice the corpus writes beside
/// the same words would also be right.
/// </summary>
/// <param name="Before">The words before the blank, in reading order.</param>
/// <param name="After">The words after the blank.</param>
/// <param name="Determiner">For a term, the determiner it goes with ("an", "het"), which a wrong term must go with too.</param>
/// <param name="Section">The section of the blanked sentence; -1 when unknown.</param>
public sealed record BlankContext(IReadOnlyList<string> Before, IReadOnlyList<string> After, string? Determiner = null, int Section = -1)
{
    /// <summary>
    /// For a term, the content words a few words either side of the blank ("proletarische", "macht", "oefenen"): a
    /// wrong term the corpus writes beside any of them belongs in this sentence's company too.
    /// </summary>
    public IReadOnlyList<string> Company { get; init; } = [];
}
