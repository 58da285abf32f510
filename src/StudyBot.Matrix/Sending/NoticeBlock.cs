using System.Net;

namespace StudyBot.Matrix.Sending;

/// <summary>One paragraph of a notice, as plain text and as HTML; a long notice is split between blocks.</summary>
internal sealed record NoticeBlock(string Plain, string Html)
{
    public static NoticeBlock FromPlain(string plain) => new(plain, "<p>" + InlineHtml(plain) + "</p>");

    /// <summary>Plain text as HTML: escaped, line breaks kept.</summary>
    public static string InlineHtml(string plain) => WebUtility.HtmlEncode(plain).Replace("\n", "<br>", StringComparison.Ordinal);
}
