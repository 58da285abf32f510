using StudyBot.Core.Commands;

namespace StudyBot.Discord.Tests.Registration;

/// <summary>A command that is only its declaration: registration never runs commands.</summary>
internal sealed class DeclaredCommand(CommandDeclaration declaration) : ICommand
{
    public CommandDeclaration Declaration { get; } = declaration;

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Registration tests do not run commands.");
}
