using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz stats [member]: a member's quiz totals in this community, one's own by default.</summary>
public sealed class QuizStatsCommand : ICommand
{
    private readonly QuizStatistics statistics;

    public QuizStatsCommand(QuizStatistics statistics)
    {
        this.statistics = statistics;
    }

    public CommandDeclaration Declaration { get; } = new(
        "quiz stats",
        "Shows quiz results in this community: yours, or another member's",
        CommandOption.Of(OptionKind.User, "member", "Whose results (default: yours)"));

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.GetText("member") is not { } member)
        {
            var own = await statistics.OfMemberAsync(context.CommunityId, context.UserId, cancellationToken).ConfigureAwait(false);
            return new MessageReply(own?.Describe() ?? "You have not answered a quiz question in this community yet. Start a quiz with /quiz start.");
        }

        var found = await statistics.FindAsync(context.CommunityId, context.Platform, member, cancellationToken).ConfigureAwait(false);
        return found.Count > 0
            ? new MessageReply(string.Join('\n', found.Select(s => s.Describe())))
            : throw new CommandException($"No quiz results for '{member}' in this community: no member of that name has answered a quiz question here.");
    }
}
