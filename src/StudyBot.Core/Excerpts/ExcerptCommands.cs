using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Excerpts;

/// <summary>What every /excerpt command needs.</summary>
public sealed class ExcerptServices(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time, ScheduleControl schedules, ExcerptDeck deck, OutboxSignal signal)
{
    public IDbContextFactory<StudyBotDbContext> Contexts { get; } = contexts;

    public CorpusLibrary Corpus { get; } = corpus;

    public TimeProvider Time { get; } = time;

    public ScheduleControl Schedules { get; } = schedules;

    public ExcerptDeck Deck { get; } = deck;

    public OutboxSignal Signal { get; } = signal;

    public static CommandOption ChannelOption(bool required) =>
        CommandOption.Of(OptionKind.Channel, "channel", required ? "Where the excerpt is posted" : "The excerpt's channel (default: the only one, or this one)", required);

    /// <summary>The running subscription named by the channel option, the only one of the community, or this channel's.</summary>
    public static async Task<ExcerptSubscriptionEntity> RequireAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var running = await db.ExcerptSubscriptions.Include(s => s.Schedule)
            .Where(s => s.CommunityId == context.CommunityId && s.Schedule.State != ScheduleState.Stopped)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var channel = arguments.GetText("channel");
        var match = channel is not null ? running.FirstOrDefault(s => s.ChannelId == channel)
            : running.Count == 1 ? running[0]
            : running.FirstOrDefault(s => s.ChannelId == context.ChannelId);
        return match ?? throw new CommandException(running.Count == 0
            ? "This community has no daily excerpt. A moderator can start one with /excerpt daily."
            : $"No daily excerpt runs in {channel ?? context.ChannelId}. Daily excerpts run in: {string.Join(", ", running.Select(s => s.ChannelId))}.");
    }
}

/// <summary>/excerpt daily: one excerpt a day in a channel, at a local time, from a list, a document or the corpus.</summary>
public sealed class ExcerptDailyCommand(ExcerptServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "excerpt daily",
        "Posts one excerpt a day in a channel",
        CommandAccess.Moderator,
        [
            ExcerptServices.ChannelOption(required: true),
            CommandOption.Of(OptionKind.TimeOfDay, "time", "Local time of day, HH:mm", required: true),
            CommandOption.Of(OptionKind.TimeZone, "timezone", "IANA time zone, e.g. Europe/Amsterdam", required: true),
            CommandOption.Text("source", "A reading list or a document (default: the whole corpus)", maxLength: 100, takesRest: true),
        ]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var channel = arguments.RequireText("channel");
        var pattern = SchedulePattern.Daily(arguments.RequireText("time"));
        var subscription = await SourceAsync(db, context, arguments.GetText("source"), cancellationToken).ConfigureAwait(false);
        if (await db.ExcerptSubscriptions.AnyAsync(s => s.ChannelId == channel && s.Schedule.State != ScheduleState.Stopped, cancellationToken).ConfigureAwait(false))
        {
            throw new CommandException($"A daily excerpt already runs in {channel}; stop it first with /excerpt stop.");
        }

        subscription.CommunityId = context.CommunityId;
        subscription.ChannelId = channel;
        subscription.CreatedUtc = services.Time.GetUtcNow();
        if ((await services.Deck.CandidatesAsync(db, subscription, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new CommandException($"{subscription.SourceName} has no passages that can be posted as excerpts.");
        }

        subscription.Schedule = services.Schedules.Create(ScheduleKind.Excerpt, context.CommunityId, channel, pattern, arguments.RequireText("timezone"), []);
        db.ExcerptSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.Schedules.ApplyAsync(subscription.Schedule, cancellationToken).ConfigureAwait(false);
        return new MessageReply(
            $"A daily excerpt from {subscription.SourceName} will appear in {channel} {pattern.Description} ({subscription.Schedule.TimeZoneId}). " +
            $"First: {ScheduleStatus.Local(subscription.Schedule.NextEventUtc!.Value, subscription.Schedule.TimeZoneId)}.",
            ReplyTone.Success);
    }

    private async Task<ExcerptSubscriptionEntity> SourceAsync(StudyBotDbContext db, CommandContext context, string? source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return new ExcerptSubscriptionEntity { SourceKind = ExcerptSourceKind.Corpus, SourceName = "the whole corpus" };
        }

        var key = ReadingListLookup.KeyOf(source);
        if (await db.ReadingLists.FirstOrDefaultAsync(l => l.CommunityId == context.CommunityId && l.NameKey == key, cancellationToken).ConfigureAwait(false) is { } list)
        {
            return new ExcerptSubscriptionEntity
            {
                SourceKind = ExcerptSourceKind.ReadingList,
                SourceRef = list.Id.ToString(CultureInfo.InvariantCulture),
                SourceName = $"the reading list '{list.Name}'",
            };
        }

        var document = services.Corpus.Find(source) ?? throw new CommandException(
            $"Option 'source': '{source}' is neither a reading list of this community nor a document. Documents: {string.Join(", ", services.Corpus.Documents.Select(d => d.Slug))}.");
        return new ExcerptSubscriptionEntity { SourceKind = ExcerptSourceKind.Document, SourceRef = document.Slug, SourceName = $"'{document.Title}'" };
    }
}

/// <summary>/excerpt stop, status and now.</summary>
public sealed class ExcerptControlCommand : ICommand
{
    private readonly ExcerptServices services;
    private readonly string verb;

    private ExcerptControlCommand(ExcerptServices services, string verb, string description)
    {
        this.services = services;
        this.verb = verb;
        Declaration = new CommandDeclaration("excerpt " + verb, description, CommandAccess.Moderator, [ExcerptServices.ChannelOption(required: false)]);
    }

    public CommandDeclaration Declaration { get; }

    public static ExcerptControlCommand Stop(ExcerptServices services) => new(services, "stop", "Stops a daily excerpt");

    public static ExcerptControlCommand Status(ExcerptServices services) => new(services, "status", "Shows a daily excerpt's next run, last post and last error");

    public static ExcerptControlCommand Now(ExcerptServices services) => new(services, "now", "Posts the next excerpt of a daily excerpt now");

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var subscription = await ExcerptServices.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var schedule = subscription.Schedule;
        switch (verb)
        {
            case "status":
                return new DocumentReply($"Daily excerpt from {subscription.SourceName}", ScheduleStatus.Lines(schedule).ToArray(), []);
            case "stop":
                services.Schedules.Stop(schedule);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await services.Schedules.ApplyAsync(schedule, cancellationToken).ConfigureAwait(false);
                return new MessageReply($"Stopped the daily excerpt in {subscription.ChannelId}.", ReplyTone.Success);
            default:
                return await PostNowAsync(db, subscription, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Reply> PostNowAsync(StudyBotDbContext db, ExcerptSubscriptionEntity subscription, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var card = await services.Deck.DrawAsync(db, subscription, now, cancellationToken).ConfigureAwait(false)
            ?? throw new CommandException($"{subscription.SourceName} has no passages that can be posted as excerpts.");
        db.Outbox.Add(new OutboxPostEntity
        {
            OccurrenceKey = string.Create(CultureInfo.InvariantCulture, $"s{subscription.ScheduleId}:now:{now.ToUnixTimeMilliseconds()}"),
            ScheduleId = subscription.ScheduleId,
            ChannelId = subscription.ChannelId,
            ScheduledUtc = now,
            Content = OutboxContent.Quote(card.Text, card.Source, ExcerptScheduleHandler.Heading).ToJson(),
            NextAttemptUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        services.Signal.Notify();
        return new MessageReply($"An excerpt is on its way to {subscription.ChannelId}.", ReplyTone.Success);
    }
}
