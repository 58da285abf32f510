using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Packs notice blocks into as few events as fit under the spec's 65,536-byte event limit. The budget counts the
/// JSON-escaped plain and HTML bodies and leaves room for the envelope the server adds (ids, signatures, hashes).
/// A single block too long for one event is cut at spaces and sent as plain text.
/// </summary>
internal static class NoticeSplitter
{
    /// <summary>Bytes the two bodies of one event may take together.</summary>
    public const int BodyBudget = 56_000;

    private const string PlainSeparator = "\n\n";
    private const string HtmlSeparator = "";

    public static IReadOnlyList<NoticeBlock> Pack(IEnumerable<NoticeBlock> blocks)
    {
        var events = new List<NoticeBlock>();
        var plain = new StringBuilder();
        var html = new StringBuilder();
        var size = 0;
        foreach (var block in blocks.SelectMany(CutOversized))
        {
            var blockSize = Size(block.Plain) + Size(block.Html) + PlainSeparator.Length;
            if (size > 0 && size + blockSize > BodyBudget)
            {
                Flush();
            }

            if (plain.Length > 0)
            {
                plain.Append(PlainSeparator);
                html.Append(HtmlSeparator);
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

    /// <summary>Bytes the text takes inside a JSON string as the server stores it.</summary>
    internal static int Size(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.Length;

    private static IEnumerable<NoticeBlock> CutOversized(NoticeBlock block)
    {
        if (Size(block.Plain) + Size(block.Html) <= BodyBudget)
        {
            yield return block;
            yield break;
        }

        // HTML cannot be cut safely mid-element; the pieces go as escaped plain text. Each piece's plain and HTML
        // forms must fit together, and HTML escaping can grow text up to six times (" -> &quot;).
        var limit = BodyBudget / 8;
        var text = block.Plain;
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var bytes = 0;
            while (end < text.Length && bytes < limit)
            {
                bytes += Encoding.UTF8.GetByteCount(text.AsSpan(end, char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1));
                end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
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
