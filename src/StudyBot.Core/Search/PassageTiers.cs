using StudyBot.Core.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Search;

/// <summary>Sorts the passages of an index into <see cref="PassageTier"/>s.</summary>
internal static class PassageTiers
{
    /// <summary>The tier of each passage; the passages come document by document, in reading order.</summary>
    public static PassageTier[] Of(IReadOnlyList<Passage> passages)
    {
        var tiers = new PassageTier[passages.Count];
        var shortLines = new HashSet<string>(StringComparer.Ordinal);
        Document? document = null;
        for (var i = 0; i < passages.Count; i++)
        {
            var (owner, block) = passages[i];
            if (owner != document)
            {
                document = owner;
                shortLines.Clear();
            }

            var heading = block.Kind is BlockKind.Heading or BlockKind.Byline or BlockKind.Dateline;
            if (heading || block.Kind == BlockKind.InfoboxLine)
            {
                tiers[i] = !shortLines.Add(TextFolding.Fold(block.Text).Trim()) ? PassageTier.Repeat
                    : heading ? PassageTier.Heading
                    : PassageTier.Body;
            }
        }

        return tiers;
    }
}
