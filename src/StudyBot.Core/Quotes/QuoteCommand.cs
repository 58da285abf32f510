using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;

namespace StudyBot.Core.Quotes;

/// <summary>/quote: a passage of whole sentences that stands on its own, with its attribution.</summary>
public sealed class QuoteCommand : ICommand
{
    private readonly CorpusLibrary library;
    private readonly QuoteFinder finder;

    public QuoteCommand(CorpusLibrary library, QuoteFinder finder)
    {
        this.library = library;
        this.finder = finder;
    }

    public CommandDeclaration Declaration { get; } = new(
        "quote",
        "A quote from the corpus, on a topic if you give one",
        CommandOption.Text("topic", "Words the quote should be about, e.g. strike", takesRest: true) with { DutchDescription = "Waar het citaat over moet gaan, bijv. staking" },
        CommandOption.Of(OptionKind.Document, "document", "Only quote this document") with { DutchDescription = "Alleen uit dit document citeren" })
    {
        DutchDescription = "Een citaat uit de teksten, over een onderwerp als je er een geeft",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var topic = arguments.GetText("topic");
        var document = arguments.GetText("document") is { } name ? library.Require(name) : null;
        var quote = await finder.FindAsync(context.ChannelId, topic, document, cancellationToken, context.Prefix).ConfigureAwait(false);
        var reply = new QuoteReply(quote.Text, DocumentAttribution.Of(quote.Document, quote.Block.SectionIndex))
        {
            Actions =
            [
                new ReplyAction(QuoteTexts.Another.In(context.ReplyLanguage), CommandLineWriter.Write("quote", ("topic", topic), ("document", document?.Slug))),
                new ReplyAction(QuoteTexts.Context.In(context.ReplyLanguage), CommandLineWriter.Write("context", ("passage", quote.Reference))),
            ],
        };
        return reply;
    }
}
