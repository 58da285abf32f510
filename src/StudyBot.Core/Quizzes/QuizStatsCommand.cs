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
        CommandOption.Of(OptionKind.User, "member", "Whose results (default: yours)") with { DutchDescription = "Wiens resultaten (standaard: de jouwe)" })
    {
        DutchDescription = "Toont quizresultaten in deze gemeenschap: de jouwe, of die van een ander lid",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.GetText("member") is not { } member)
        {
            var own = await statistics.OfMemberAsync(context.CommunityId, context.UserId, cancellationToken).ConfigureAwait(false);
            return new MessageReply(own?.Describe(context.ReplyLanguage) ?? QuizTexts.NoOwnResults.Format(context.ReplyLanguage, context.Prefix));
        }

        var found = await statistics.FindAsync(context.CommunityId, context.Platform, member, cancellationToken).ConfigureAwait(false);
        return found.Count > 0
            ? new MessageReply(string.Join('\n', found.Select(s => s.Describe(context.ReplyLanguage))))
            : throw new CommandException(QuizTexts.NoResultsFor, member);
    }
}
