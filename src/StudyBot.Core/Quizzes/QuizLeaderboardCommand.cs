using System.Globalization;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

/// <summary>/quiz leaderboard: the community's best quiz players.</summary>
public sealed class QuizLeaderboardCommand : ICommand
{
    public const int Size = 10;

    private readonly QuizStatistics statistics;

    public QuizLeaderboardCommand(QuizStatistics statistics)
    {
        this.statistics = statistics;
    }

    public CommandDeclaration Declaration { get; } = new("quiz leaderboard", $"Shows this community's top {Size} quiz players by right answers")
    {
        DutchDescription = $"Toont de beste {Size} quizspelers van deze gemeenschap, op goede antwoorden",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var leaders = await statistics.LeaderboardAsync(context.CommunityId, Size, cancellationToken).ConfigureAwait(false);
        if (leaders.Count == 0)
        {
            return new MessageReply(QuizStatisticsTexts.NobodyYet.Format(context.ReplyLanguage, context.Prefix));
        }

        var items = leaders.Select((s, i) => RichText.Plain(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {s.Describe(context.ReplyLanguage)}"))).ToArray();
        return new ListReply(QuizStatisticsTexts.Leaderboard.In(context.ReplyLanguage), items);
    }
}
