using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingLists;

/// <summary>Base of the /readinglist commands: each runs against a fresh context.</summary>
public abstract class ReadingListCommand : ICommand
{
    public const int MaxItems = 200;

    protected ReadingListCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    {
        Contexts = contexts;
        Corpus = corpus;
        Time = time;
    }

    public abstract CommandDeclaration Declaration { get; }

    protected IDbContextFactory<StudyBotDbContext> Contexts { get; }

    protected CorpusLibrary Corpus { get; }

    protected TimeProvider Time { get; }

    protected static CommandOption ListOption => CommandOption.Text("list", "The reading list's name", required: true, maxLength: 100) with { Autocomplete = AutocompleteSource.ReadingLists };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken);

    protected static int RequirePosition(CommandArguments arguments, string option, int count)
    {
        var position = (int)(arguments.GetInteger(option) ?? 0);
        return position >= 1 && position <= count
            ? position - 1
            : throw new CommandException(count == 0
                ? $"Option '{option}': the list is empty."
                : $"Option '{option}' is {position}; this list has items 1 to {count}.");
    }

    protected static void Renumber(ReadingListEntity list)
    {
        for (var i = 0; i < list.Items.Count; i++)
        {
            list.Items[i].Position = i;
        }
    }
}

/// <summary>/readinglist-admin create: a new, empty list with a name unique in the community.</summary>
public sealed class ReadingListCreateCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist-admin create", "Creates a named reading list", CommandAccess.Moderator, [ListOption]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var name = SafeText.RequireName("list", arguments.RequireText("list"));
        var key = ReadingListLookup.KeyOf(name);
        if (key.Length == 0)
        {
            throw new CommandException("Option 'list': the name needs at least one letter or digit.");
        }

        if (await db.ReadingLists.AnyAsync(l => l.CommunityId == context.CommunityId && l.NameKey == key, cancellationToken).ConfigureAwait(false))
        {
            throw new CommandException($"A reading list named '{name}' already exists; choose another name.");
        }

        db.ReadingLists.Add(new ReadingListEntity { CommunityId = context.CommunityId, Name = name, NameKey = key, CreatedUtc = Time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Created the reading list '{name}'. Add readings with /readinglist-admin add.", ReplyTone.Success);
    }
}

/// <summary>/readinglist-admin add: appends a document or one of its sections, with an optional note.</summary>
public sealed class ReadingListAddCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new(
        "readinglist-admin add",
        "Adds a document, or one of its sections, to a reading list",
        CommandAccess.Moderator,
        [
            ListOption,
            CommandOption.Of(OptionKind.Document, "document", "The document to read", required: true),
            CommandOption.Integer("section", "Only this section (its number in /read)", 1, 1000),
            CommandOption.Text("note", "A note for readers", maxLength: 300, takesRest: true),
        ]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var document = Corpus.Require(arguments.RequireText("document"));
        int? section = arguments.GetInteger("section") is { } number ? (int)number - 1 : null;
        if (section >= document.Sections.Count)
        {
            throw new CommandException($"Option 'section' is {section + 1}; '{document.Title}' has sections 1 to {document.Sections.Count}.");
        }

        if (list.Items.Count >= MaxItems)
        {
            throw new CommandException($"'{list.Name}' already has {MaxItems} readings, the most a list can hold.");
        }

        var item = new ReadingListItemEntity { Position = list.Items.Count, DocumentSlug = document.Slug, SectionIndex = section, Note = arguments.GetText("note") };
        list.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Added {ReadingListLookup.Describe(item, Corpus)} to '{list.Name}' as reading {list.Items.Count}.", ReplyTone.Success);
    }
}

/// <summary>/readinglist-admin remove: removes the reading at a position.</summary>
public sealed class ReadingListRemoveCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new(
        "readinglist-admin remove",
        "Removes a reading from a list",
        CommandAccess.Moderator,
        [ListOption, CommandOption.Integer("position", "The reading's number in the list", 1, MaxItems, required: true)]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var index = RequirePosition(arguments, "position", list.Items.Count);
        var item = list.Items[index];
        list.Items.RemoveAt(index);
        db.ReadingListItems.Remove(item);
        Renumber(list);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Removed {ReadingListLookup.Describe(item, Corpus)} from '{list.Name}'.", ReplyTone.Success);
    }
}

/// <summary>/readinglist-admin move: moves a reading to another position.</summary>
public sealed class ReadingListMoveCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new(
        "readinglist-admin move",
        "Moves a reading to another place in a list",
        CommandAccess.Moderator,
        [
            ListOption,
            CommandOption.Integer("from", "The reading's current number", 1, MaxItems, required: true),
            CommandOption.Integer("to", "Its new number", 1, MaxItems, required: true),
        ]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var from = RequirePosition(arguments, "from", list.Items.Count);
        var to = RequirePosition(arguments, "to", list.Items.Count);
        var item = list.Items[from];
        list.Items.RemoveAt(from);
        list.Items.Insert(to, item);
        Renumber(list);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Moved {ReadingListLookup.Describe(item, Corpus)} to place {to + 1} of '{list.Name}'.", ReplyTone.Success);
    }
}

/// <summary>/readinglist show: the readings of one list, in order.</summary>
public sealed class ReadingListShowCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist show", "Shows the readings of a list", CommandAccess.Member, [ListOption]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        return list.Items.Count == 0
            ? new MessageReply($"'{list.Name}' has no readings yet.")
            : new ListReply(list.Name, list.Items.Select((item, i) => RichText.Plain($"{i + 1}. {ReadingListLookup.Describe(item, Corpus)}")).ToArray());
    }
}

/// <summary>/readinglist list: the community's lists with their sizes.</summary>
public sealed class ReadingListListCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist list", "Lists this community's reading lists", CommandAccess.Member, []);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var lists = await db.ReadingLists.Where(l => l.CommunityId == context.CommunityId).OrderBy(l => l.Name)
            .Select(l => new { l.Name, Count = l.Items.Count }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return lists.Count == 0
            ? new MessageReply("This community has no reading lists yet.")
            : new ListReply("Reading lists", lists.Select(l => RichText.Plain($"{l.Name} ({l.Count} readings)")).ToArray());
    }
}

/// <summary>/readinglist-admin delete: deletes a list no running circle or daily excerpt uses.</summary>
public sealed class ReadingListDeleteCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist-admin delete", "Deletes a reading list", CommandAccess.Moderator, [ListOption]);

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var listRef = list.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inUse = await db.Circles.AnyAsync(c => c.ReadingListId == list.Id && c.Schedule.State != Scheduling.ScheduleState.Stopped, cancellationToken).ConfigureAwait(false)
            || await db.ExcerptSubscriptions.AnyAsync(s => s.SourceKind == Excerpts.ExcerptSourceKind.ReadingList && s.SourceRef == listRef && s.Schedule.State != Scheduling.ScheduleState.Stopped, cancellationToken).ConfigureAwait(false);
        if (inUse)
        {
            throw new CommandException($"'{list.Name}' is used by a reading circle or daily excerpt; stop it first (/circle-admin stop, /excerpt stop).");
        }

        db.ReadingLists.Remove(list);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Deleted the reading list '{list.Name}'.", ReplyTone.Success);
    }
}
