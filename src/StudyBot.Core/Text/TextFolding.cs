using System.Globalization;
using System.Text;

namespace StudyBot.Core;

/// <summary>Folds text for matching: lower case, accents removed ("Türk" matches "turk").</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsFolded(text))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(FoldLetter(char.ToLowerInvariant(c)));
        }

        return builder.ToString();
    }

    // Letters that carry no combining mark in Unicode but that readers treat as accented forms.
    private static char FoldLetter(char c) => c switch
    {
        'ı' => 'i',
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ß' => 's',
        _ => c,
    };

    private static bool IsFolded(string text)
    {
        foreach (var c in text)
        {
            if (c > 127 || char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
