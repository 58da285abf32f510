using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingCircles;

/// <summary>What every /circle command needs: the database, the corpus, the clock and the schedule controls.</summary>
public sealed class CircleServices(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time, ScheduleControl schedules, OccurrencePlanner planner)
{
    public IDbContextFactory<StudyBotDbContext> Contexts { get; } = contexts;

    public CorpusLibrary Corpus { get; } = corpus;

    public TimeProvider Time { get; } = time;

    public ScheduleControl Schedules { get; } = schedules;

    public OccurrencePlanner Planner { get; } = planner;

    public static async Task<CircleEntity> RequireCurrentAsync(StudyBotDbContext db, string communityId, CancellationToken cancellationToken) =>
        await CircleLookup.CurrentAsync(db, communityId, cancellationToken).ConfigureAwait(false)
            ?? throw new CommandException("This community has no reading circle. A moderator can start one with /circle-admin setup.");
}

/// <summary>/circle show: the current reading, the next meeting, who has finished and who comes.</summary>
public sealed class CircleCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("circle show", "Shows the circle's current reading and next meeting", CommandAccess.Member, [])
    {
        IsGroupDefault = true,
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false);
        var list = circle.ReadingList!;
        var item = list.Items[circle.Position];
        var meeting = services.Planner.NextOccurrenceAfter(circle.Schedule, services.Time.GetUtcNow());
        var done = await db.CircleProgress.Where(p => p.CircleId == circle.Id && p.Position == circle.Position).OrderBy(p => p.DoneUtc)
            .Select(p => p.UserName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var coming = meeting is { } at
            ? await db.CircleRsvps.Where(r => r.CircleId == circle.Id && r.MeetingUtc == at && r.Attending).Select(r => r.UserName)
                .ToListAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var paragraphs = new List<string>
        {
            $"Reading {circle.Position + 1} of {list.Items.Count}: {ReadingListLookup.Describe(item, services.Corpus)}",
            circle.Schedule.State == ScheduleState.Paused
                ? "The circle is paused."
                : $"Next meeting: {(meeting is { } next ? ScheduleStatus.Local(next, circle.Schedule.TimeZoneId) : "none")}",
            done.Count == 0 ? "Nobody has finished this reading yet." : $"Finished: {string.Join(", ", done)}",
            coming.Count == 0 ? "No one has said they are coming yet (/circle rsvp)." : $"Coming: {string.Join(", ", coming)}",
        };
        return new DocumentReply($"Reading circle: {list.Name}", paragraphs, []);
    }
}

/// <summary>/circle done: the member finished the current reading.</summary>
public sealed class CircleDoneCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("circle done", "Marks the current reading as finished by you", CommandAccess.Member, []);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false);
        if (!await db.CircleProgress.AnyAsync(p => p.CircleId == circle.Id && p.Position == circle.Position && p.UserId == context.UserId, cancellationToken).ConfigureAwait(false))
        {
            db.CircleProgress.Add(new CircleProgressEntity { CircleId = circle.Id, Position = circle.Position, UserId = context.UserId, UserName = context.UserName, DoneUtc = services.Time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return new MessageReply($"Noted: you finished {ReadingListLookup.Describe(circle.ReadingList!.Items[circle.Position], services.Corpus)}.", ReplyTone.Success);
    }
}

/// <summary>/circle rsvp: whether the member comes to the next meeting.</summary>
public sealed class CircleRsvpCommand(CircleServices services) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "circle rsvp", "Says whether you come to the next meeting", CommandAccess.Member,
        [CommandOption.Choice("answer", "yes or no (default yes)", ["yes", "no"])]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false);
        var meeting = services.Planner.NextOccurrenceAfter(circle.Schedule, services.Time.GetUtcNow())
            ?? throw new CommandException("The circle has no next meeting.");
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
        var when = ScheduleStatus.Local(meeting, circle.Schedule.TimeZoneId);
        return new MessageReply(attending ? $"See you on {when}." : $"Noted: you will not come on {when}.", ReplyTone.Success);
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
            CommandOption.Text("list", "The reading list to work through", required: true, maxLength: 100) with { Autocomplete = AutocompleteSource.ReadingLists },
            CommandOption.Of(OptionKind.Channel, "channel", "Where reminders go", required: true),
            CommandOption.Text("schedule", "'thursday 19:00' weekly, or a cron expression", required: true),
            CommandOption.Of(OptionKind.TimeZone, "timezone", "IANA time zone of the meeting, e.g. Europe/Amsterdam", required: true),
            CommandOption.Text("remind-before", "Reminders before each meeting, e.g. 1d,1h", maxLength: 50),
            CommandOption.Of(OptionKind.Role, "role", "A role to name in reminders"),
        ]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        if (list.Items.Count == 0)
        {
            throw new CommandException($"The reading list '{list.Name}' is empty; add readings with /readinglist-admin add first.");
        }

        var pattern = SchedulePattern.Parse(arguments.RequireText("schedule"));
        var offsets = ReminderOffsets.Parse(arguments.GetText("remind-before"));
        if (await CircleLookup.CurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false) is { } running)
        {
            throw new CommandException($"This community already has a reading circle on '{running.ReadingList?.Name}'; stop it first with /circle-admin stop.");
        }

        var channel = arguments.RequireText("channel");
        var schedule = services.Schedules.Create(ScheduleKind.Circle, context.CommunityId, channel, pattern, arguments.RequireText("timezone"), offsets);
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
        var reminders = offsets.Count == 0 ? "no reminders" : "reminders " + string.Join(", ", offsets.Select(ReminderOffsets.Describe)) + " before";
        return new MessageReply(
            $"Reading circle on '{list.Name}' set up in {channel}: {pattern.Description} ({schedule.TimeZoneId}), {reminders}. " +
            $"First meeting: {(first is { } at ? ScheduleStatus.Local(at, schedule.TimeZoneId) : "none")}.",
            ReplyTone.Success);
    }
}

/// <summary>/circle-admin pause, resume, skip, stop and status: one class, one verb each.</summary>
public sealed class CircleControlCommand : ICommand
{
    private readonly CircleServices services;
    private readonly string verb;

    private CircleControlCommand(CircleServices services, string verb, string description)
    {
        this.services = services;
        this.verb = verb;
        Declaration = new CommandDeclaration("circle-admin " + verb, description, CommandAccess.Moderator, []);
    }

    public CommandDeclaration Declaration { get; }

    public static CircleControlCommand Pause(CircleServices services) => new(services, "pause", "Pauses the reading circle's reminders");

    public static CircleControlCommand Resume(CircleServices services) => new(services, "resume", "Resumes a paused reading circle");

    public static CircleControlCommand Skip(CircleServices services) => new(services, "skip", "Skips the current reading");

    public static CircleControlCommand Stop(CircleServices services) => new(services, "stop", "Stops the reading circle");

    public static CircleControlCommand Status(CircleServices services) => new(services, "status", "Shows the circle's schedule, next run, last post and last error");

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await services.Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var circle = await CircleServices.RequireCurrentAsync(db, context.CommunityId, cancellationToken).ConfigureAwait(false);
        var schedule = circle.Schedule;
        var name = circle.ReadingList?.Name;
        Reply reply;
        switch (verb)
        {
            case "status":
                var lines = new List<string> { $"Reading {circle.Position + 1} of {circle.ReadingList?.Items.Count}" };
                lines.AddRange(ScheduleStatus.Lines(schedule));
                return new DocumentReply($"Reading circle: {name}", lines, []);
            case "pause" when schedule.State == ScheduleState.Paused:
                throw new CommandException("The reading circle is already paused; /circle-admin resume continues it.");
            case "pause":
                services.Schedules.Pause(schedule);
                reply = new MessageReply($"Paused the reading circle on '{name}'. /circle-admin resume continues it.", ReplyTone.Success);
                break;
            case "resume" when schedule.State == ScheduleState.Active:
                throw new CommandException("The reading circle is not paused.");
            case "resume":
                services.Schedules.Resume(schedule);
                reply = new MessageReply($"Resumed the reading circle on '{name}'. Next run: {Next(schedule)}.", ReplyTone.Success);
                break;
            case "skip":
                reply = SkipReading(db, circle);
                break;
            default:
                services.Schedules.Stop(schedule);
                reply = new MessageReply($"Stopped the reading circle on '{name}'.", ReplyTone.Success);
                break;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await services.Schedules.ApplyAsync(schedule, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private MessageReply SkipReading(StudyBotDbContext db, CircleEntity circle)
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
            return new MessageReply($"Skipped {ReadingListLookup.Describe(skipped, services.Corpus)}. That was the last reading: the circle stops.", ReplyTone.Success);
        }

        return new MessageReply(
            $"Skipped {ReadingListLookup.Describe(skipped, services.Corpus)}. Now reading {circle.Position + 1}: {ReadingListLookup.Describe(items[circle.Position], services.Corpus)}.",
            ReplyTone.Success);
    }

    private static string Next(ScheduleEntity schedule) =>
        schedule.NextEventUtc is { } next ? ScheduleStatus.Local(next, schedule.TimeZoneId) : "none";
}
