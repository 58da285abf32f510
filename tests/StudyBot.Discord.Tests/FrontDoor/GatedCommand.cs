using StudyBot.Core.Commands;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>A private command that answers only when the test opens its gate: a command slower than Discord's 3 seconds, on demand.</summary>
public sealed class GatedCommand : ICommand
{
    public const string Answer = "The slow answer arrived.";

    public CommandDeclaration Declaration { get; } = new("slowcheck", "Answers when the test lets it", CommandAccess.Member, [])
    {
        Visibility = ReplyVisibility.Private,
    };

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        await Gate.Task.WaitAsync(cancellationToken);
        return new MessageReply(Answer) { Visibility = ReplyVisibility.Private };
    }
}
