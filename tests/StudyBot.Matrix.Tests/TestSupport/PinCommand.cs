using StudyBot.Core.Commands;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>A moderator-only command for front-door tests: answers "Pinned." when allowed.</summary>
internal sealed class PinCommand : ICommand
{
    public CommandDeclaration Declaration { get; } = new("pin", "Pins the reading (moderators).", CommandAccess.Moderator, []);

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken) =>
        Task.FromResult<Reply>(new MessageReply("Pinned."));
}
