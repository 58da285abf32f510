using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Posting;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Excerpts;

/// <summary>What every /excerpt command needs.</summary>
public sealed class ExcerptServices(
    IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time, ScheduleControl schedules, ExcerptDeck deck, OutboxSignal signal, ChannelAccessCheck access)
{
    public IDbContextFactory<StudyBotDbContext> Contexts { get; } = contexts;

    public CorpusLibrary Corpus { get; } = corpus;

    public TimeProvider Time { get; } = time;

    public ScheduleControl Schedules { get; } = schedules;

    public ExcerptDeck Deck { get; } = deck;

    public OutboxSignal Signal { get; } = signal;

    public ChannelAccessCheck Access { get; } = access;

    public static CommandOption ChannelOption(bool required) =>
        CommandOption.Of(OptionKind.Channel, "channel", required ? "Where the excerpt is posted" : "The excerpt's channel (default: the only one, or this one)", required)
            with { DutchDescription = required ? "Waar het fragment verschijnt" : "Het kanaal van het fragment (standaard: het enige, of dit)" };

    /// <summary>
    /// Where the excerpt comes from, in <paramref name="language"/>: said from the kind of source, since the stored
    /// name is English ("the reading list 'Spring'"); a document's title is shown as it is.
    /// </summary>
    public static string SourceIn(ExcerptSubscriptionEntity subscription, Language language)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.SourceKind switch
        {
            ExcerptSourceKind.Corpus => ExcerptTexts.WholeCorpus.In(language),
            ExcerptSourceKind.ReadingList => ExcerptTexts.ReadingList.Format(language, QuotedName(subscription.SourceName)),
            _ => subscription.SourceName,
        };
    }

    // The list's name between the quotes of the stored "the reading list 'Spring'".
    private static string QuotedName(string stored)
    {
        var first = stored.IndexOf('\'', StringComparison.Ordinal);
        var last = stored.LastIndexOf('\'');
        return first >= 0 && last > first ? stored[(first + 1)..last] : stored;
    }

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
        return match ?? throw (running.Count == 0
            ? new CommandException(ExcerptTexts.NoneInCommunity, context.Prefix)
            : new CommandException(ExcerptTexts.NoneInChannel, channel ?? context.ChannelId, string.Join(", ", running.Select(s => s.ChannelId))));
    }

    /// <summary>
    /// For status: the subscription <see cref="RequireAsync"/> finds, or when none is running there, the latest one a
    /// front door stopped because its channel or server is gone, so the moderator learns why it stopped.
    /// </summary>
    public static async Task<ExcerptSubscriptionEntity> RequireForStatusAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var channel = arguments.GetText("channel");
        var all = await db.ExcerptSubscriptions.Include(s => s.Schedule)
            .Where(s => s.CommunityId == context.CommunityId && (channel == null || s.ChannelId == channel))
            .OrderByDescending(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (all.All(s => s.Schedule.State == ScheduleState.Stopped)
            && all.FirstOrDefault(s => PlaceStopReasons.TryRead(s.Schedule.PauseReason, out _)) is { } gone)
        {
            return gone;
        }

        return await RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
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
            CommandOption.Of(OptionKind.TimeOfDay, "time", "Local time of day, HH:mm", required: true) with { DutchDescription = "Lokale tijd van de dag, UU:mm" },
            CommandOption.Of(OptionKind.TimeZone, "timezone", "IANA time zone, e.g. Europe/Amsterdam (default: the community's)")
                with { DutchDescription = "IANA-tijdzone, bijv. Europe/Amsterdam (standaard: die van de gemeenschap)" },
            CommandOption.Text("source", "A reading list or a document (default: the whole corpus)", maxLength: 100, takesRest: true)
                with { DutchDescription = "Een leeslijst of een document (standaard: het hele corpus)" },
        ])
    {
        DutchDescription = "Post elke dag een fragment in een kanaal",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var channel = arguments.RequireText("channel");
        var pattern = SchedulePattern.Daily(arguments.RequireText("time"));
        var zone = arguments.GetText("timezone") ?? context.TimeZoneId ?? throw new CommandException(ExcerptTexts.ZoneNeeded, context.Prefix);
        var subscription = await SourceAsync(db, context, arguments.GetText("source"), cancellationToken).ConfigureAwait(false);
        if (await db.ExcerptSubscriptions.AnyAsync(s => s.ChannelId == channel && s.Schedule.State != ScheduleState.Stopped, cancellationToken).ConfigureAwait(false))
        {
            throw new CommandException(ExcerptTexts.AlreadyRunning, context.Prefix, channel);
        }

        await services.Access.RequireAsync(channel, "channel", channel, cancellationToken).ConfigureAwait(false);

        subscription.CommunityId = context.CommunityId;
        subscription.ChannelId = channel;
        subscription.CreatedUtc = services.Time.GetUtcNow();
        var language = context.ReplyLanguage;
        if ((await services.Deck.CandidatesAsync(db, subscription, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new CommandException(ExcerptTexts.NoPassages, ExcerptServices.SourceIn(subscription, language));
        }

        subscription.Schedule = services.Schedules.Create(ScheduleKind.Excerpt, context.CommunityId, channel, pattern, zone, []);
        db.ExcerptSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.Schedules.ApplyAsync(subscription.Schedule, cancellationToken).ConfigureAwait(false);
        return new MessageReply(
            RichText.Format(
                ExcerptTexts.Started,
                language,
                ExcerptServices.SourceIn(subscription, language),
                channel,
                ScheduleStatus.Describe(pattern.Cron, language),
                zone,
                ScheduleStatus.At(subscription.Schedule.NextEventUtc!.Value, zone, language)),
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
            ExcerptTexts.UnknownSource, source, string.Join(", ", services.Corpus.Documents.Select(d => d.Slug)));
        return new ExcerptSubscriptionEntity { SourceKind = ExcerptSourceKind.Document, SourceRef = document.Slug, SourceName = $"'{document.Title}'" };
    }
}

/// <summary>/excerpt stop, status and now.</summary>
public sealed class ExcerptControlCommand : ICommand
{
    private readonly ExcerptServices services;
    private readonly string verb;

    private ExcerptControlCommand(ExcerptServices services, string verb, string description, string dutchDescription)
    {
        this.services = services;
        this.verb = verb;
        Declaration = new CommandDeclaration("excerpt " + verb, description, CommandAccess.Moderator, [ExcerptServices.ChannelOption(required: false)])
        {
            DutchDescription = dutchDescription,
        };
    }

    public CommandDeclaration Declaration { get; }

    public static ExcerptControlCommand Stop(ExcerptServices services) => new(services, "stop", "Stops a daily excerpt", "Stopt een dagelijks fragment");

    public static ExcerptControlCommand Status(ExcerptServices services) => new(services, "status", "Shows a daily excerpt's next run, last post and last error", "Toont de volgende keer, de laatste post en de laatste fout van een dagelijks fragment");

    public static ExcerptControlCommand Now(ExcerptServices services) => new(services, "now", "Posts the next excerpt of a daily excerpt now", "Post nu het volgende fragment van een dagelijks fragment");

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var subscription = verb == "status"
            ? await ExcerptServices.RequireForStatusAsync(db, context, arguments, cancellationToken).ConfigureAwait(false)
            : await ExcerptServices.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var schedule = subscription.Schedule;
        var language = context.ReplyLanguage;
        switch (verb)
        {
            case "status":
                return new DocumentReply(
                    ExcerptTexts.StatusTitle.Format(language, ExcerptServices.SourceIn(subscription, language)), ScheduleStatus.Lines(schedule, language).ToArray(), []);
            case "stop":
                services.Schedules.Stop(schedule);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await services.Schedules.ApplyAsync(schedule, cancellationToken).ConfigureAwait(false);
                return new MessageReply(ExcerptTexts.Stopped.Format(language, subscription.ChannelId), ReplyTone.Success);
            default:
                return await PostNowAsync(db, subscription, language, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Reply> PostNowAsync(StudyBotDbContext db, ExcerptSubscriptionEntity subscription, Language language, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var card = await services.Deck.DrawAsync(db, subscription, now, cancellationToken).ConfigureAwait(false)
            ?? throw new CommandException(ExcerptTexts.NoPassages, ExcerptServices.SourceIn(subscription, language));
        db.Outbox.Add(new OutboxPostEntity
        {
            OccurrenceKey = string.Create(CultureInfo.InvariantCulture, $"s{subscription.ScheduleId}:now:{now.ToUnixTimeMilliseconds()}"),
            ScheduleId = subscription.ScheduleId,
            ChannelId = subscription.ChannelId,
            ScheduledUtc = now,
            Content = ExcerptScheduleHandler.Post(card, await CommunityLanguage.OfAsync(db, subscription.CommunityId, cancellationToken).ConfigureAwait(false)).ToJson(),
            NextAttemptUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        services.Signal.Notify();
        return new MessageReply(ExcerptTexts.OnItsWay.Format(language, subscription.ChannelId), ReplyTone.Success);
    }
}
