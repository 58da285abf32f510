using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

/// <summary>A command that records what it was called with, for parser and dispatcher tests.</summary>
internal sealed class RecordingCommand : ICommand
{
    public RecordingCommand(CommandDeclaration declaration)
    {
        Declaration = declaration;
    }

    public CommandDeclaration Declaration { get; }

    public List<CommandArguments> Calls { get; } = [];

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        Calls.Add(arguments);
        return Task.FromResult<Reply>(new MessageReply("ok", ReplyTone.Success));
    }
}

internal static class TestCatalog
{
    public static readonly CommandDeclaration Quote = new(
        "quote",
        "A quotable passage",
        CommandOption.Text("topic", "What the passage is about"),
        CommandOption.Of(OptionKind.Document, "document", "Only from this document"));

    public static readonly CommandDeclaration Search = new(
        "search",
        "Searches the corpus",
        CommandOption.Text("query", "Words to find", required: true, takesRest: true) with { KeepsQuotes = true });

    public static readonly CommandDeclaration ListAdd = new(
        "readinglist-admin add",
        "Adds a document to a list",
        CommandAccess.Moderator,
        [
            CommandOption.Text("list", "The list", required: true),
            CommandOption.Of(OptionKind.Document, "document", "The document", required: true),
            CommandOption.Integer("position", "Where to insert", 1, 100),
        ]);

    public static readonly CommandDeclaration Excerpt = new(
        "excerpt daily",
        "Posts an excerpt every day",
        CommandAccess.Moderator,
        [
            CommandOption.Of(OptionKind.Channel, "channel", "Where", required: true),
            CommandOption.Of(OptionKind.TimeOfDay, "time", "When", required: true),
            CommandOption.Of(OptionKind.TimeZone, "timezone", "Zone", required: true),
            CommandOption.Choice("length", "How long", ["short", "long"]),
        ]);

    public static CommandContext Member { get; } = new("terminal", "terminal:local", "terminal:terminal", "terminal:user", "user", IsModerator: false);

    public static CommandContext Moderator { get; } = Member with { IsModerator = true };

    public static (CommandCatalog Catalog, Dictionary<string, RecordingCommand> Commands) Create()
    {
        var commands = new[] { Quote, Search, ListAdd, Excerpt }.ToDictionary(d => d.Name, d => new RecordingCommand(d));
        return (new CommandCatalog(commands.Values), commands);
    }
}
