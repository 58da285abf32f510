using System.Runtime.CompilerServices;
namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Lines set in spaced-out letters ("I n t e r n a t i o n a l e  S t r o m i n g"), as PDF extraction leaves
/// letter-spaced titles: single spaces fall inside words, wider gaps between them.
/// </summary>
internal static class LetterSpacing
{
    private const int MinSingleLetters = 6;
    private const double MinSingleLetterShare = 0.8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsLetterSpaced(ReadOnlySpan<char> line)
    {
        // Most lines are ruled out by their first word being longer than a letter.
        var first = 0;
        while (first < line.Length && CharacterCleaner.IsSpace(line[first]))
        {
            first++;
        }

        if (first + 1 >= line.Length || !CharacterCleaner.IsSpace(line[first + 1]))
        {
            return false;
        }

        var tokens = 0;
        var singles = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && CharacterCleaner.IsSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !CharacterCleaner.IsSpace(line[i]))
            {
                i++;
            }

            tokens++;
            if (i - start == 1)
            {
                singles++;
            }
        }

        return singles >= MinSingleLetters && singles >= MinSingleLetterShare * tokens;
    }

    /// <summary>Writes the line with single spaces removed and wider gaps as one space; returns the new write position.</summary>
    public static int Collapse(ReadOnlySpan<char> line, char[] output, int write)
    {
        var start = write;
        var i = 0;
        while (i < line.Length)
        {
            if (!CharacterCleaner.IsSpace(line[i]))
            {
                output[write++] = line[i++];
                continue;
            }

            var gap = 0;
            while (i < line.Length && CharacterCleaner.IsSpace(line[i]))
            {
                gap++;
                i++;
            }

            // A wide gap separates words, unless punctuation follows: "Stroming ," reads "Stroming,".
            if (gap > 1 && write > start && i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                output[write++] = ' ';
            }
        }

        return write;
    }
}
