using System.Text;
using System.Text.Json;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Packs notice blocks into as few events as fit under the spec's 65,536-byte event limit. The budget counts the
/// JSON-escaped plain and HTML bodies and leaves room for the envelope the server adds (ids, signatures, hashes).
/// A single block too long for one event is cut at spaces; HTML cannot be cut safely mid-element, so its pieces
/// are sent as escaped plain text.
/// </summary>
internal static class NoticeSplitter
{
    /// <summary>Bytes the two bodies of one event may take together.</summary>
    public const int BodyBudget = 56_000;

    private const string PlainSeparator = "\n\n";

    public static IReadOnlyList<NoticeBlock> Pack(IEnumerable<NoticeBlock> blocks)
    {
        var events = new List<NoticeBlock>();
        var plain = new StringBuilder();
        var html = new StringBuilder();
        var size = 0;
        foreach (var block in blocks)
        {
            if (Size(block.Plain) + Size(block.Html) > BodyBudget)
            {
                // Pieces of one paragraph go out as they are, one event each, with no paragraph break between them.
                Flush();
                events.AddRange(Cut(block.Plain));
                continue;
            }

            var blockSize = Size(block.Plain) + Size(block.Html) + PlainSeparator.Length;
            if (size > 0 && size + blockSize > BodyBudget)
            {
                Flush();
            }

            if (plain.Length > 0)
            {
                plain.Append(PlainSeparator);
            }

            plain.Append(block.Plain);
            html.Append(block.Html);
            size += blockSize;
        }

        Flush();
        return events;

        void Flush()
        {
            if (plain.Length > 0)
            {
                events.Add(new NoticeBlock(plain.ToString(), html.ToString()));
            }

            plain.Clear();
            html.Clear();
            size = 0;
        }
    }

    /// <summary>Bytes the text takes inside a JSON string when every non-ASCII character is escaped: the most any encoder uses.</summary>
    internal static int Size(string text) => JsonEncodedText.Encode(text).EncodedUtf8Bytes.Length;

    private static IEnumerable<NoticeBlock> Cut(string text)
    {
        // Each character is costed as it will travel: JSON-escaped in the plain body and, HTML-escaped, in the HTML body.
        const int PieceBudget = BodyBudget - 16; // the <p></p> around the HTML
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var bytes = 0;
            while (end < text.Length)
            {
                var length = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var character = text.Substring(end, length);
                var cost = Size(character) + Size(NoticeBlock.InlineHtml(character));
                if (bytes + cost > PieceBudget)
                {
                    break;
                }

                bytes += cost;
                end += length;
            }

            if (end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                if (space > start)
                {
                    end = space + 1;
                }
            }

            yield return NoticeBlock.FromPlain(text[start..end]);
            start = end;
        }
    }
}
