using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingLists;

/// <summary>Finds a community's reading list by the name a moderator typed, or refuses naming the lists that exist.</summary>
public static class ReadingListLookup
{
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TextFolding.Fold(name.Trim());
    }

    /// <summary>The list named by the command's <c>list</c> option, in the sender's community, with its items in order.</summary>
    public static async Task<ReadingListEntity> RequireAsync(StudyBotDbContext db, CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var communityId = context.CommunityId;
        var name = arguments.RequireText("list");
        var key = KeyOf(name);
        var list = await db.ReadingLists.Include(l => l.Items)
            .FirstOrDefaultAsync(l => l.CommunityId == communityId && l.NameKey == key, cancellationToken).ConfigureAwait(false);
        if (list is not null)
        {
            list.Items.Sort((a, b) => a.Position.CompareTo(b.Position));
            return list;
        }

        var names = await db.ReadingLists.Where(l => l.CommunityId == communityId).OrderBy(l => l.Name).Select(l => l.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        throw names.Count == 0
            ? new CommandException(ReadingListTexts.NoSuchListNoneYet, context.Prefix, name)
            : new CommandException(ReadingListTexts.NoSuchList, name, string.Join(", ", names));
    }

    /// <summary>"Title" or "Title, §2 Section title", with the note if any, cut to <paramref name="maxNoteLength"/> characters when given.</summary>
    public static string Describe(ReadingListItemEntity item, CorpusLibrary corpus, int? maxNoteLength = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(corpus);
        var document = corpus.Find(item.DocumentSlug);
        var title = document?.Title ?? item.DocumentSlug;
        var section = item.SectionIndex is { } index
            ? document is not null && index < document.Sections.Count ? $", §{index + 1} {document.Sections[index].Title}" : $", §{index + 1}"
            : string.Empty;
        var note = item.Note is { } full && maxNoteLength is { } max && full.Length > max ? full[..max] + "…" : item.Note;
        return title + section + (string.IsNullOrWhiteSpace(note) ? string.Empty : $" ({note})");
    }
}
