using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingLists;

/// <summary>Base of the /readinglist commands: each runs against a fresh context.</summary>
public abstract class ReadingListCommand : ICommand
{
    public const int MaxItems = 200;

    /// <summary>
    /// Readings per page of <c>/readinglist show</c>: ten lines of a title, a section title and a note cut to
    /// <see cref="ShownNoteLength"/> stay below Discord's 4,096-character embed description.
    /// </summary>
    public const int PageSize = 10;

    /// <summary>How much of a reading's note a page shows; <c>/circle show</c> shows all of the current one.</summary>
    public const int ShownNoteLength = 100;

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

    protected static CommandOption ListOption => CommandOption.Text("list", "The reading list's name", required: true, maxLength: 100)
        with { Autocomplete = AutocompleteSource.ReadingLists, DutchDescription = "De naam van de leeslijst" };

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
            : throw (count == 0
                ? new CommandException(ReadingListTexts.PositionInEmptyList, option)
                : new CommandException(ReadingListTexts.PositionOutOfRange, option, position, count));
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
    public override CommandDeclaration Declaration { get; } = new("readinglist-admin create", "Creates a named reading list", CommandAccess.Moderator, [ListOption])
    {
        DutchDescription = "Maakt een leeslijst met een naam",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var name = SafeText.RequireName("list", arguments.RequireText("list"));
        var key = ReadingListLookup.KeyOf(name);
        if (key.Length == 0)
        {
            throw new CommandException(ReadingListTexts.NameNeedsLetter);
        }

        if (await db.ReadingLists.AnyAsync(l => l.CommunityId == context.CommunityId && l.NameKey == key, cancellationToken).ConfigureAwait(false))
        {
            throw new CommandException(ReadingListTexts.NameTaken, name);
        }

        db.ReadingLists.Add(new ReadingListEntity { CommunityId = context.CommunityId, Name = name, NameKey = key, CreatedUtc = Time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply(ReadingListTexts.Created.Format(context.ReplyLanguage, context.Prefix, name), ReplyTone.Success);
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
            CommandOption.Of(OptionKind.Document, "document", "The document to read", required: true) with { DutchDescription = "Het te lezen document" },
            CommandOption.Integer("section", "Only this section (its number in /read)", 1, 1000) with { DutchDescription = "Alleen dit deel (zijn nummer in /read)" },
            CommandOption.Text("note", "A note for readers", maxLength: 300, takesRest: true) with { DutchDescription = "Een notitie voor de lezers" },
        ])
    {
        DutchDescription = "Voegt een document, of een deel ervan, toe aan een leeslijst",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var document = Corpus.Require(arguments.RequireText("document"));
        int? section = arguments.GetInteger("section") is { } number ? (int)number - 1 : null;
        if (section >= document.Sections.Count)
        {
            throw new CommandException(ReadingListTexts.SectionOutOfRange, section + 1, document.Title, document.Sections.Count);
        }

        if (list.Items.Count >= MaxItems)
        {
            throw new CommandException(ReadingListTexts.Full, list.Name, MaxItems);
        }

        var item = new ReadingListItemEntity { Position = list.Items.Count, DocumentSlug = document.Slug, SectionIndex = section, Note = arguments.GetText("note") };
        list.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply(ReadingListTexts.Added.Format(context.ReplyLanguage, ReadingListLookup.Describe(item, Corpus), list.Name, list.Items.Count), ReplyTone.Success);
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
        [ListOption, CommandOption.Integer("position", "The reading's number in the list", 1, MaxItems, required: true) with { DutchDescription = "Het nummer van de tekst in de lijst" }])
    {
        DutchDescription = "Verwijdert een tekst uit een lijst",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var index = RequirePosition(arguments, "position", list.Items.Count);
        var item = list.Items[index];
        list.Items.RemoveAt(index);
        db.ReadingListItems.Remove(item);
        Renumber(list);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply(ReadingListTexts.Removed.Format(context.ReplyLanguage, ReadingListLookup.Describe(item, Corpus), list.Name), ReplyTone.Success);
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
            CommandOption.Integer("from", "The reading's current number", 1, MaxItems, required: true) with { DutchDescription = "Het huidige nummer van de tekst" },
            CommandOption.Integer("to", "Its new number", 1, MaxItems, required: true) with { DutchDescription = "Het nieuwe nummer" },
        ])
    {
        DutchDescription = "Verplaatst een tekst naar een andere plek in een lijst",
    };

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
        return new MessageReply(ReadingListTexts.Moved.Format(context.ReplyLanguage, ReadingListLookup.Describe(item, Corpus), to + 1, list.Name), ReplyTone.Success);
    }
}

/// <summary>/readinglist show: the readings of one list, in order, a page at a time.</summary>
public sealed class ReadingListShowCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new(
        "readinglist show",
        "Shows the readings of a list",
        CommandAccess.Member,
        [ListOption, CommandOption.Integer("page", "Which page of the list", 1, (MaxItems + PageSize - 1) / PageSize) with { DutchDescription = "Welke pagina van de lijst" }])
    {
        DutchDescription = "Toont de teksten van een lijst",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        if (list.Items.Count == 0)
        {
            return new MessageReply(ReadingListTexts.Empty.Format(context.ReplyLanguage, list.Name));
        }

        var lines = list.Items.Select((item, i) => RichText.Plain($"{i + 1}. {ReadingListLookup.Describe(item, Corpus, ShownNoteLength)}")).ToArray();
        return ListPages.Page(
            list.Name, lines, (int)(arguments.GetInteger("page") ?? 1), PageSize, page => CommandLineWriter.Write("readinglist show", ("list", list.Name), ("page", page)),
            context.ReplyLanguage);
    }
}

/// <summary>/readinglist list: the community's lists with their sizes.</summary>
public sealed class ReadingListListCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist list", "Lists this community's reading lists", CommandAccess.Member, [])
    {
        DutchDescription = "Somt de leeslijsten van deze gemeenschap op",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var lists = await db.ReadingLists.Where(l => l.CommunityId == context.CommunityId).OrderBy(l => l.Name)
            .Select(l => new { l.Name, Count = l.Items.Count }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var language = context.ReplyLanguage;
        return lists.Count == 0
            ? new MessageReply(ReadingListTexts.NoLists.In(language))
            : new ListReply(ReadingListTexts.ListsTitle.In(language), lists.Select(l => RichText.Plain(ReadingListTexts.ListLine.Format(language, l.Name, l.Count))).ToArray());
    }
}

/// <summary>/readinglist-admin delete: deletes a list no running circle or daily excerpt uses.</summary>
public sealed class ReadingListDeleteCommand(IDbContextFactory<StudyBotDbContext> contexts, CorpusLibrary corpus, TimeProvider time)
    : ReadingListCommand(contexts, corpus, time)
{
    public override CommandDeclaration Declaration { get; } = new("readinglist-admin delete", "Deletes a reading list", CommandAccess.Moderator, [ListOption])
    {
        DutchDescription = "Verwijdert een leeslijst",
    };

    protected override async Task<Reply> ExecuteAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        var list = await ReadingListLookup.RequireAsync(db, context, arguments, cancellationToken).ConfigureAwait(false);
        var listRef = list.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inUse = await db.Circles.AnyAsync(c => c.ReadingListId == list.Id && c.Schedule.State != Scheduling.ScheduleState.Stopped, cancellationToken).ConfigureAwait(false)
            || await db.ExcerptSubscriptions.AnyAsync(s => s.SourceKind == Excerpts.ExcerptSourceKind.ReadingList && s.SourceRef == listRef && s.Schedule.State != Scheduling.ScheduleState.Stopped, cancellationToken).ConfigureAwait(false);
        if (inUse)
        {
            throw new CommandException(ReadingListTexts.InUse, context.Prefix, list.Name);
        }

        db.ReadingLists.Remove(list);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new MessageReply(ReadingListTexts.Deleted.Format(context.ReplyLanguage, list.Name), ReplyTone.Success);
    }
}
