namespace StudyBot.Matrix.Events;

/// <summary>
/// The command in a message body ("!quote strike" gives "quote strike"), read from the plain <c>body</c> only, after
/// dropping a reply fallback (leading "&gt; " lines); null when the body is no command.
/// </summary>
internal static class CommandText
{
    public static string? Of(string? body, string prefix)
    {
        // Most messages are chatter: without the prefix anywhere they are no command, and cost no split.
        if (body is null || !body.Contains(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var lines = body.Split('\n').SkipWhile(l => l.StartsWith("> ", StringComparison.Ordinal) || l == ">").SkipWhile(string.IsNullOrWhiteSpace);
        var text = string.Join(' ', lines).Trim();
        return text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal) && char.IsLetter(text[prefix.Length])
            ? text[prefix.Length..]
            : null;
    }
}
