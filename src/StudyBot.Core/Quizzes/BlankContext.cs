namespace StudyBot.Core.Quizzes;

/// <summary>
/// The folded words next to a cloze blank: before it, back to and including the nearest content word, and
/// after it, up to the nearest content word ("face the", "unions"). A wrong choice the corpus writes beside
/// the same words would also be right.
/// </summary>
public sealed record BlankContext(IReadOnlyList<string> Before, IReadOnlyList<string> After);
