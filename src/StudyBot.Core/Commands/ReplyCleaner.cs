namespace StudyBot.Core.Commands;

/// <summary>Applies <see cref="SafeText.Clean"/> to every text of a reply, so no feature can forget it.</summary>
public static class ReplyCleaner
{
    public static Reply Clean(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var cleaned = reply switch
        {
            MessageReply m => m with { Body = Clean(m.Body) },
            QuoteReply q => q with { Text = SafeText.Clean(q.Text), Source = Clean(q.Source), Heading = Optional(q.Heading) },
            DocumentReply d => d with
            {
                Title = SafeText.Clean(d.Title),
                Body = d.Body.Select(Clean).ToArray(),
                Footer = All(d.Footer),
                Source = d.Source is { } source ? Clean(source) : null,
                Facts = d.Facts is { } facts ? facts with { KeyTerms = All(facts.KeyTerms) } : null,
            },
            ListReply l => l with { Title = SafeText.Clean(l.Title), Items = l.Items.Select(Clean).ToArray() },
            PassageListReply p => p with { Title = SafeText.Clean(p.Title), Passages = p.Passages.Select(i => new PassageItem(Clean(i.Text), Clean(i.Source))).ToArray() },
            QuestionReply q => q with { Heading = SafeText.Clean(q.Heading), Prompt = SafeText.Clean(q.Prompt), Choices = All(q.Choices) },
            CompositeReply c => c with { Parts = c.Parts.Select(Clean).ToArray() },
            _ => reply,
        };
        return cleaned with { Actions = reply.Actions.Select(a => a with { Label = SafeText.Clean(a.Label) }).ToArray() };
    }

    private static Attribution Clean(Attribution source) =>
        new(SafeText.Clean(source.Title), Optional(source.Author), Optional(source.Date), Optional(source.Section));

    private static RichText Clean(RichText text) => new(text.Runs.Select(r => r with { Text = SafeText.Clean(r.Text) }).ToArray());

    private static string[] All(IEnumerable<string> texts) => texts.Select(SafeText.Clean).ToArray();

    private static string? Optional(string? text) => text is null ? null : SafeText.Clean(text);
}
