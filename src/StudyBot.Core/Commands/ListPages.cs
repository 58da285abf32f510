using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>
/// Cuts a long list into pages with Previous and Next buttons that replace the message, so no reply passes
/// a platform's size limits (Discord: 2,000 characters of content, 4,096 of embed description).
/// </summary>
public static class ListPages
{
    /// <summary>
    /// Page <paramref name="page"/> (1-based, clamped) of <paramref name="items"/>, with buttons that run
    /// <paramref name="commandForPage"/>, labelled in <paramref name="language"/>.
    /// </summary>
    public static ListReply Page(string title, IReadOnlyList<RichText> items, int page, int pageSize, Func<int, string> commandForPage, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(commandForPage);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var pageCount = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var actions = Buttons(current, pageCount, commandForPage, language);
        return new ListReply(title, items.Skip((current - 1) * pageSize).Take(pageSize).ToArray(), current, pageCount) { Actions = actions, Language = language };
    }

    /// <summary>
    /// The Previous and Next buttons of page <paramref name="current"/> of <paramref name="pageCount"/>, each replacing the
    /// message with the page <paramref name="commandForPage"/> shows; for lists a command pages itself (search results).
    /// </summary>
    public static IReadOnlyList<ReplyAction> Buttons(int current, int pageCount, Func<int, string> commandForPage, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(commandForPage);
        var actions = new List<ReplyAction>();
        if (current > 1)
        {
            actions.Add(new ReplyAction(PagingTexts.Previous.In(language), commandForPage(current - 1)) { Intent = ActionIntent.ReplaceMessage });
        }

        if (current < pageCount)
        {
            actions.Add(new ReplyAction(PagingTexts.Next.In(language), commandForPage(current + 1)) { Intent = ActionIntent.ReplaceMessage, Continues = true });
        }

        return actions;
    }
}
