using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;

namespace StudyBot.Core.Quotes;

/// <summary>/context: the whole paragraph around a quoted sentence; the "Context" button of a quote runs it.</summary>
public sealed class ContextCommand : ICommand
{
    private readonly CorpusLibrary library;

    public ContextCommand(CorpusLibrary library)
    {
        this.library = library;
    }

    public CommandDeclaration Declaration { get; } = new(
        "context",
        "Shows the paragraph a quote comes from",
        CommandOption.Text("passage", "The quote's reference, e.g. workplace-cells#12", required: true) with { DutchDescription = "De verwijzing van het citaat, bijv. workplace-cells#12" })
    {
        DutchDescription = "Toont de alinea waar een citaat uit komt",
        IsInternal = true,
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var reference = arguments.RequireText("passage");
        var hash = reference.LastIndexOf('#');
        if (hash <= 0 || !int.TryParse(reference.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            throw new CommandException(QuoteTexts.BadReference, reference);
        }

        var document = library.Require(reference[..hash]);
        if (index >= document.Sentences.Count)
        {
            throw new CommandException(QuoteTexts.NoSentence, document.Slug, index, document.Sentences.Count - 1);
        }

        var sentence = document.Sentences[index];
        var block = document.Blocks[sentence.BlockIndex];
        var section = document.Sections[sentence.SectionIndex];
        var reply = new DocumentReply($"{document.Title}: {section.Title}", [block.Text], [])
        {
            Source = DocumentAttribution.Of(document, section.Index),
        };
        return Task.FromResult<Reply>(reply);
    }
}
