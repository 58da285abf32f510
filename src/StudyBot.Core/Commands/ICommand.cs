namespace StudyBot.Core.Commands;

/// <summary>A command: its declaration and what it does. Register implementations with <c>AddCommand&lt;T&gt;()</c>.</summary>
public interface ICommand
{
    CommandDeclaration Declaration { get; }

    /// <summary>
    /// Runs the command with validated arguments. Throw <see cref="CommandException"/> for a refusal the
    /// user should read; it must change nothing.
    /// </summary>
    Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken);
}
