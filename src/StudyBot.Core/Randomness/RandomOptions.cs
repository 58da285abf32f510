namespace StudyBot.Core.Randomness;

/// <summary>Configuration of <see cref="RandomSource"/>, bound from the <c>StudyBot</c> section.</summary>
public sealed class RandomOptions
{
    public const string Section = "StudyBot";

    /// <summary>
    /// A fixed seed (<c>StudyBot:RandomSeed</c>) makes quotes and quizzes reproducible, for tests and demos;
    /// without one every start draws new choices.
    /// </summary>
    public int? RandomSeed { get; set; }
}
