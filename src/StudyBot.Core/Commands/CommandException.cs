using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>
/// A user-facing refusal: the message is shown as is, so it must name the problem and what is allowed,
/// and must not contain secrets. Features throw it with a <see cref="LocalText"/> so the front door shows it in
/// the reply language; <see cref="Exception.Message"/> is the English text, for logs.
/// </summary>
public sealed class CommandException : Exception
{
    private readonly LocalText? text;
    private readonly object?[] arguments = [];

    public CommandException(LocalText text, params object?[] arguments)
        : base((text ?? throw new ArgumentNullException(nameof(text))).Format(Language.English, arguments))
    {
        this.text = text;
        this.arguments = arguments;
    }

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

    /// <summary>The refusal in <paramref name="language"/>; a refusal made from a plain string stays as written.</summary>
    public string MessageIn(Language language) => text?.Format(language, arguments) ?? Message;
}
