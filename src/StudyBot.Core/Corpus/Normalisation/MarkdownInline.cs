using System.Text;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>Reduces Markdown inline syntax to the words a reader sees: links to their text, emphasis and code marks removed.</summary>
internal static class MarkdownInline
{
    public static void AppendPlain(StringBuilder output, ReadOnlySpan<char> line)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '!' && i + 1 < line.Length && line[i + 1] == '[' && TryLink(line[(i + 1)..], out var altLength, out var altConsumed))
            {
                output.Append(line.Slice(i + 2, altLength));
                i += 1 + altConsumed;
            }
            else if (c == '[' && TryLink(line[i..], out var textLength, out var consumed))
            {
                output.Append(line.Slice(i + 1, textLength));
                i += consumed;
            }
            else if ((c is '*' or '_') && i + 1 < line.Length && line[i + 1] == c)
            {
                i += 2;
            }
            else if (c == '`')
            {
                i++;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }
    }

    // "[text](target)": the text's length and the characters the whole link takes.
    private static bool TryLink(ReadOnlySpan<char> text, out int textLength, out int consumed)
    {
        textLength = 0;
        consumed = 0;
        var close = text.IndexOf(']');
        if (close < 1 || close + 1 >= text.Length || text[close + 1] != '(')
        {
            return false;
        }

        var end = text[(close + 2)..].IndexOf(')');
        if (end < 0)
        {
            return false;
        }

        textLength = close - 1;
        consumed = close + 2 + end + 1;
        return true;
    }
}
