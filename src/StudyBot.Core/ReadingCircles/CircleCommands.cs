using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Posting;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingCircles;

/// <summary>What every /circle command needs: the database, the corpus, the clock and the schedule controls.</summary>
public sealed class CircleServices(
    IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time, ScheduleControl schedules, OccurrencePlanner planner, ChannelAccessCheck access)
{
    public IDbContextFactory<StudyBotDbContext> Contexts { get; } = contexts;

    public CorpusLibrary Corpus { get; } = corpus;

    public TimeProvider Time { get; } = time;

    public ScheduleControl Schedules { get; } = schedules;

    public OccurrencePlanner Planner { get; } = planner;

    public ChannelAccessCheck Access { get; } = access;

    public static async Task<CircleEntity> RequireCurrentAsync(StudyBotDbContext db, CommandContext context, CancellationToken cancellationToken) =>
        await CircleLookup.CurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false)
            ?? throw new CommandException(CircleTexts.NoCircle, context.Prefix);
}

/// <summary>/circle show: the current reading, the next meeting, who has finished and who comes.</summary>
public sealed class CircleCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("circle show", "Shows the circle's current reading and next meeting", CommandAccess.Member, [])
    {
        IsGroupDefault = true,
        DutchDescription = "Toont de huidige tekst en de volgende bijeenkomst van de kring",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context, cancellationToken).ConfigureAwait(false);
        var list = circle.ReadingList!;
        var item = list.Items[circle.Position];
        var meeting = services.Planner.NextOccurrenceAfter(circle.Schedule, services.Time.GetUtcNow());
        var done = await db.CircleProgress.Where(p => p.CircleId == circle.Id && p.Position == circle.Position).OrderBy(p => p.DoneUtc)
            .Select(p => p.UserName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var coming = meeting is { } at
            ? await db.CircleRsvps.Where(r => r.CircleId == circle.Id && r.MeetingUtc == at && r.Attending).Select(r => r.UserName)
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var language = context.ReplyLanguage;
        var paragraphs = new List<RichText>
        {
            RichText.Plain(CircleTexts.Reading.Format(language, circle.Position + 1, list.Items.Count) + ": " + ReadingListLookup.Describe(item, services.Corpus)),
            circle.Schedule.State == ScheduleState.Paused
                ? RichText.Plain(CircleTexts.CirclePaused.In(language))
                : RichText.Format(
                    CircleTexts.NextMeeting, language, meeting is { } next ? ScheduleStatus.At(next, circle.Schedule.TimeZoneId, language) : CircleTexts.None.In(language)),
            RichText.Plain(done.Count == 0 ? CircleTexts.NobodyFinished.In(language) : CircleTexts.Finished.Format(language, string.Join(", ", done))),
            RichText.Plain(coming.Count == 0 ? CircleTexts.NobodyComing.Format(language, context.Prefix) : CircleTexts.Coming.Format(language, string.Join(", ", coming))),
        };
        return new DocumentReply(CircleTexts.Title.Format(language, list.Name), paragraphs, []);
    }
}

/// <summary>/circle done: the member finished the current reading.</summary>
public sealed class CircleDoneCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("circle done", "Marks the current reading as finished by you", CommandAccess.Member, [])
    {
        DutchDescription = "Meldt dat je de huidige tekst uit hebt",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context, cancellationToken).ConfigureAwait(false);
        if (!await db.CircleProgress.AnyAsync(p => p.CircleId == circle.Id && p.Position == circle.Position && p.UserId == context.UserId, cancellationToken).ConfigureAwait(false))
        {
            db.CircleProgress.Add(new CircleProgressEntity { CircleId = circle.Id, Position = circle.Position, UserId = context.UserId, UserName = context.UserName, DoneUtc = services.Time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new MessageReply(
            CircleTexts.NotedDone.Format(context.ReplyLanguage, ReadingListLookup.Describe(circle.ReadingList!.Items[circle.Position], services.Corpus)), ReplyTone.Success);
    }
}

/// <summary>/circle rsvp: whether the member comes to the next meeting.</summary>
public sealed class CircleRsvpCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "circle rsvp", "Says whether you come to the next meeting", CommandAccess.Member,
        [
            CommandOption.Choice("answer", "yes or no (default yes)", [new CommandChoice("yes", "yes") { DutchName = "ja" }, new CommandChoice("no", "no") { DutchName = "nee" }])
                with { DutchDescription = "ja of nee (standaard ja)" },
        ])
    {
        DutchDescription = "Zegt of je naar de volgende bijeenkomst komt",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context, cancellationToken).ConfigureAwait(false);
        var meeting = services.Planner.NextOccurrenceAfter(circle.Schedule, services.Time.GetUtcNow())
            ?? throw new CommandException(CircleTexts.NoNextMeeting);
        var attending = !string.Equals(arguments.GetText("answer"), "no", StringComparison.OrdinalIgnoreCase);
        var rsvp = await db.CircleRsvps.FirstOrDefaultAsync(r => r.CircleId == circle.Id && r.MeetingUtc == meeting && r.UserId == context.UserId, cancellationToken).ConfigureAwait(false);
        if (rsvp is null)
        {
            rsvp = new CircleRsvpEntity { CircleId = circle.Id, MeetingUtc = meeting, UserId = context.UserId };
            db.CircleRsvps.Add(rsvp);
        }

        rsvp.UserName = context.UserName;
        rsvp.Attending = attending;
        rsvp.AnsweredUtc = services.Time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var when = ScheduleStatus.At(meeting, circle.Schedule.TimeZoneId, context.ReplyLanguage);
        return new MessageReply(RichText.Format(attending ? CircleTexts.SeeYou : CircleTexts.NotComing, context.ReplyLanguage, when), ReplyTone.Success);
    }
}

/// <summary>/circle-admin setup: starts the community's circle on a list, in a channel, on a schedule in a time zone.</summary>
public sealed class CircleSetupCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "circle-admin setup",
        "Starts a reading circle: list, channel, schedule and time zone",
        CommandAccess.Moderator,
        [
            CommandOption.Text("list", "The reading list to work through", required: true, maxLength: 100)
                with { Autocomplete = AutocompleteSource.ReadingLists, DutchDescription = "De leeslijst die de kring doorwerkt" },
            CommandOption.Of(OptionKind.Channel, "channel", "Where reminders go", required: true) with { DutchDescription = "Waar herinneringen verschijnen" },
            CommandOption.Text("schedule", "'thursday 19:00' weekly, or a cron expression", required: true)
                with { DutchDescription = "'thursday 19:00' wekelijks, of een cron-expressie" },
            CommandOption.Of(OptionKind.TimeZone, "timezone", "IANA time zone of the meeting, e.g. Europe/Amsterdam (default: the community's)")
                with { DutchDescription = "IANA-tijdzone van de bijeenkomst, bijv. Europe/Amsterdam (standaard: die van de gemeenschap)" },
            CommandOption.Text("remind-before", "Reminders before each meeting, e.g. 1d,1h", maxLength: 50)
                with { DutchDescription = "Herinneringen voor elke bijeenkomst, bijv. 1d,1h" },
            CommandOption.Of(OptionKind.Role, "role", "A role to name in reminders") with { DutchDescription = "Een rol die herinneringen noemen" },
        ])
    {
        DutchDescription = "Start een leeskring: lijst, kanaal, schema en tijdzone",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        if (list.Items.Count == 0)
        {
            throw new CommandException(CircleTexts.EmptyList, context.Prefix, list.Name);
        }

        var pattern = SchedulePattern.Parse(arguments.RequireText("schedule"));
        var offsets = ReminderOffsets.Parse(arguments.GetText("remind-before"));
        if (await CircleLookup.CurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false) is { } running)
        {
            throw new CommandException(CircleTexts.AlreadyRunning, context.Prefix, running.ReadingList?.Name);
        }

        var zone = arguments.GetText("timezone") ?? context.TimeZoneId ?? throw new CommandException(CircleTexts.ZoneNeeded, context.Prefix);
        var channel = arguments.RequireText("channel");
        await services.Access.RequireAsync(channel, "channel", channel, cancellationToken).ConfigureAwait(false);
        var schedule = services.Schedules.Create(ScheduleKind.Circle, context.CommunityId, channel, pattern, zone, offsets);
        var circle = new CircleEntity
        {
            CommunityId = context.CommunityId,
            Schedule = schedule,
            ReadingListId = list.Id,
            RoleId = arguments.GetText("role"),
            CreatedUtc = services.Time.GetUtcNow(),
        };
        db.Circles.Add(circle);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.Schedules.ApplyAsync(schedule, cancellationToken).ConfigureAwait(false);
        var first = services.Planner.NextOccurrenceAfter(schedule, services.Time.GetUtcNow());
        var language = context.ReplyLanguage;
        var reminders = offsets.Count == 0
            ? CircleTexts.NoReminders.In(language)
            : CircleTexts.Reminders.Format(language, string.Join(", ", offsets.Select(ReminderOffsets.Describe)));
        return new MessageReply(
            RichText.Format(
                CircleTexts.SetUp,
                language,
                list.Name,
                channel,
                ScheduleStatus.Describe(pattern.Cron, language),
                zone,
                reminders,
                first is { } at ? ScheduleStatus.At(at, zone, language) : CircleTexts.None.In(language)),
            ReplyTone.Success);
    }
}

/// <summary>/circle-admin pause, resume, skip, stop and status: one class, one verb each.</summary>
public sealed class CircleControlCommand : ICommand
{
    private readonly CircleServices services;
    private readonly string verb;

    private CircleControlCommand(CircleServices services, string verb, string description, string dutchDescription)
    {
        this.services = services;
        this.verb = verb;
        Declaration = new CommandDeclaration("circle-admin " + verb, description, CommandAccess.Moderator, []) { DutchDescription = dutchDescription };
    }

    public CommandDeclaration Declaration { get; }

    public static CircleControlCommand Pause(CircleServices services) => new(services, "pause", "Pauses the reading circle's reminders", "Pauzeert de herinneringen van de leeskring");

    public static CircleControlCommand Resume(CircleServices services) => new(services, "resume", "Resumes a paused reading circle", "Zet een gepauzeerde leeskring voort");

    public static CircleControlCommand Skip(CircleServices services) => new(services, "skip", "Skips the current reading", "Slaat de huidige tekst over");

    public static CircleControlCommand Stop(CircleServices services) => new(services, "stop", "Stops the reading circle", "Stopt de leeskring");

    public static CircleControlCommand Status(CircleServices services) => new(services, "status", "Shows the circle's schedule, next run, last post and last error", "Toont het schema, de volgende keer, de laatste post en de laatste fout van de kring");

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = verb == "status"
            ? await CircleLookup.CurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false)
                ?? await CircleLookup.StoppedByPlaceAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false)
                ?? throw new CommandException(CircleTexts.NoCircle, context.Prefix)
            : await CircleServices.RequireCurrentAsync(db, context, cancellationToken).ConfigureAwait(false);
        var schedule = circle.Schedule;
        var name = circle.ReadingList?.Name;
        var language = context.ReplyLanguage;
        Reply reply;
        switch (verb)
        {
            case "status":
                var lines = new List<RichText> { RichText.Plain(CircleTexts.Reading.Format(language, circle.Position + 1, circle.ReadingList?.Items.Count)) };
                lines.AddRange(ScheduleStatus.Lines(schedule, context.ReplyLanguage));
                return new DocumentReply(CircleTexts.Title.Format(language, name), lines, []);
            case "pause" when schedule.State == ScheduleState.Paused:
                throw new CommandException(CircleTexts.AlreadyPaused, context.Prefix);
            case "pause":
                services.Schedules.Pause(schedule);
                reply = new MessageReply(CircleTexts.Paused.Format(language, context.Prefix, name), ReplyTone.Success);
                break;
            case "resume" when schedule.State == ScheduleState.Active:
                throw new CommandException(CircleTexts.NotPaused);
            case "resume":
                services.Schedules.Resume(schedule);
                reply = new MessageReply(RichText.Format(CircleTexts.Resumed, language, name, Next(schedule, language)), ReplyTone.Success);
                break;
            case "skip":
                reply = SkipReading(db, circle, language);
                break;
            default:
                services.Schedules.Stop(schedule);
                reply = new MessageReply(CircleTexts.Stopped.Format(language, name), ReplyTone.Success);
                break;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.Schedules.ApplyAsync(schedule, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private MessageReply SkipReading(StudyBotDbContext db, CircleEntity circle, Language language)
    {
        var items = circle.ReadingList!.Items;
        var skipped = items[circle.Position];
        db.CircleHistory.Add(new CircleHistoryEntity
        {
            CircleId = circle.Id,
            Position = circle.Position,
            DocumentSlug = skipped.DocumentSlug,
            SectionIndex = skipped.SectionIndex,
            AtUtc = services.Time.GetUtcNow(),
            Outcome = "skipped",
        });
        circle.Position++;
        circle.Schedule.Revision++;
        if (circle.Position >= items.Count)
        {
            services.Schedules.Stop(circle.Schedule);
            return new MessageReply(CircleTexts.SkippedLast.Format(language, ReadingListLookup.Describe(skipped, services.Corpus)), ReplyTone.Success);
        }

        return new MessageReply(
            CircleTexts.Skipped.Format(
                language, ReadingListLookup.Describe(skipped, services.Corpus), circle.Position + 1, ReadingListLookup.Describe(items[circle.Position], services.Corpus)),
            ReplyTone.Success);
    }

    private static object Next(ScheduleEntity schedule, Language language) =>
        schedule.NextEventUtc is { } next ? ScheduleStatus.At(next, schedule.TimeZoneId, language) : CircleTexts.None.In(language);
}
