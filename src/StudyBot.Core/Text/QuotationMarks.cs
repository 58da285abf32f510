using System.Text;

namespace StudyBot.Core.Text;

/// <summary>Quotation inside quotation: a quoted text's own double quotation marks become single ones, so the two levels read apart.</summary>
public static class QuotationMarks
{
    /// <summary>
    /// The text with its double quotation marks turned into single ones (“Solidarity” into ‘Solidarity’), ready to be
    /// set inside double quotation marks: “““Solidarity” Workers Movement”” reads as three marks in a row.
    /// </summary>
    public static string Nested(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('“', '”', '"') < 0)
        {
            return text;
        }

        var nested = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            nested.Append(text[i] switch
            {
                '“' or '„' => '‘',
                '”' => '’',
                // A straight mark opens where a word could start after it, and closes elsewhere.
                '"' => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' ? '‘' : '’',
                var other => other,
            });
        }

        return nested.ToString();
    }
}
