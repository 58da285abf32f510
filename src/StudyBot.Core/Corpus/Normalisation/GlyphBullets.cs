using System.Runtime.CompilerServices;
namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// Finds bullet glyphs that a PDF font turned into letters: the same short lowercase prefix glued to a capitalised word
/// at the start of several lines ("zzSinds", "zzDe", "zzAlle"). One such line could be a name; three are a pattern.
/// </summary>
internal static class GlyphBullets
{
    private const int MaxGlyphLength = 3;
    private const int MinOccurrences = 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Mark(NormalisedText text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var length = PrefixLength(text[i]);
            if (length > 0)
            {
                var prefix = text[i][..length].ToString();
                counts[prefix] = counts.GetValueOrDefault(prefix) + 1;
            }
        }

        if (!counts.Values.Any(c => c >= MinOccurrences))
        {
            return;
        }

        for (var i = 0; i < text.Lines.Count; i++)
        {
            var length = PrefixLength(text[i]);
            if (length > 0 && counts[text[i][..length].ToString()] >= MinOccurrences)
            {
                var line = text.Lines[i];
                text.Lines[i] = new TextLine(line.Start + length, line.Length - length, LineMark.GlyphBullet);
            }
        }
    }

    private static int PrefixLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && i <= MaxGlyphLength && line[i] is >= 'a' and <= 'z')
        {
            i++;
        }

        return i is > 0 and <= MaxGlyphLength && i + 1 < line.Length && char.IsUpper(line[i]) && char.IsLower(line[i + 1]) ? i : 0;
    }
}
