namespace StudyBot.Core.Commands;

/// <summary>
/// A user-facing refusal: the message is shown as is, so it must name the problem and what is allowed,
/// and must not contain secrets.
/// </summary>
public sealed class CommandException : Exception
{
    public CommandException(string message)
        : base(message)
    {
    }

    public CommandException()
    {
    }

    public CommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
