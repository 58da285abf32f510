using System.Globalization;

namespace StudyBot.Discord;

/// <summary>The shard ids one instance runs, parsed from "3" or "0-3" (inclusive).</summary>
public readonly record struct ShardRange(int First, int Last)
{
    public static bool TryParse(string? text, out ShardRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out last))
        {
            return false;
        }

        if (last < first)
        {
            return false;
        }

        range = new ShardRange(first, last);
        return true;
    }

    public IEnumerable<int> Ids => Enumerable.Range(First, Last - First + 1);
}
