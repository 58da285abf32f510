namespace StudyBot.Discord.Interactions;

/// <summary>
/// Runs a user's interaction (command, autocomplete, button, modal) and answers it through the responder. One
/// implementation serves both delivery modes; it is called once per interaction id.
/// </summary>
public interface IInteractionHandler
{
    Task HandleAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken);
}
