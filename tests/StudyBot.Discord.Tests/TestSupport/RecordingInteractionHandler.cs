using System.Collections.Concurrent;
using System.Text.Json;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Tests.TestSupport;

/// <summary>
/// Answers every interaction with "handled {command name}" and records what it handled; a command named "fail"
/// throws, one named "slow" answers after <see cref="SlowAnswer"/> completes.
/// </summary>
public sealed class RecordingInteractionHandler : IInteractionHandler
{
    private readonly ConcurrentQueue<Interaction> _handled = new();

    public IReadOnlyList<Interaction> Handled => [.. _handled];

    public TaskCompletionSource SlowAnswer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static string NameOf(Interaction interaction) =>
        interaction.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("name", out var name) ? name.GetString() ?? "?" : "?";

    public async Task HandleAsync(Interaction interaction, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        _handled.Enqueue(interaction);
        var name = NameOf(interaction);
        if (name == "fail")
        {
            throw new InvalidOperationException("The handler failed on purpose.");
        }

        if (name == "slow")
        {
            await SlowAnswer.Task.WaitAsync(cancellationToken);
        }

        await responder.RespondAsync(
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new InteractionCallbackData { Content = "handled " + name, AllowedMentions = AllowedMentions.None }),
            cancellationToken);
    }
}
