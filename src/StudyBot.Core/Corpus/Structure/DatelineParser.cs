using System.Runtime.CompilerServices;
using System.Globalization;

namespace StudyBot.Core.Corpus.Structure;

/// <summary>
/// Recognises a line that is only a date, as blogs put above each post ("Sunday, November 18, 2012") and brochures under
/// their signature ("september 2017"), in English or Dutch; yields it as ISO 8601 (2012-11-18, 2017-09).
/// </summary>
internal static class DatelineParser
{
    private const int MaxTokens = 5;
    private const int MaxLength = 48;
    private const int MinYear = 1000;
    private const int MaxYear = 2999;

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["januari"] = 1,
        ["february"] = 2, ["feb"] = 2, ["februari"] = 2,
        ["march"] = 3, ["mar"] = 3, ["maart"] = 3, ["mrt"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["mei"] = 5,
        ["june"] = 6, ["jun"] = 6, ["juni"] = 6,
        ["july"] = 7, ["jul"] = 7, ["juli"] = 7,
        ["august"] = 8, ["aug"] = 8, ["augustus"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    };

    /// <summary>A cheap test that rules out almost every line before <see cref="TryParse"/> is asked.</summary>
    public static bool MightBeDate(ReadOnlySpan<char> text) => text.Length <= MaxLength && text.IndexOfAnyInRange('0', '9') >= 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string text, out string isoDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        isoDate = string.Empty;
        if (text.Length > MaxLength)
        {
            return false;
        }

        var tokens = text.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > MaxTokens)
        {
            return false;
        }

        if (tokens.Length == 1)
        {
            return DateOnly.TryParseExact(tokens[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                && Format(iso.Year, iso.Month, iso.Day, out isoDate);
        }

        var rest = Weekdays.Contains(tokens[0]) ? tokens.AsSpan(1) : tokens.AsSpan();
        return rest.Length switch
        {
            // "November 18 2012" or "18 november 2012"
            3 => (TryMonth(rest[0], out var m1) && TryDay(rest[1], out var d1) && TryYear(rest[2], out var y1) && Format(y1, m1, d1, out isoDate))
                || (TryDay(rest[0], out var d2) && TryMonth(rest[1], out var m2) && TryYear(rest[2], out var y2) && Format(y2, m2, d2, out isoDate)),

            // "september 2017"
            2 => rest.Length == tokens.Length && TryMonth(rest[0], out var m3) && TryYear(rest[1], out var y3) && Format(y3, m3, 0, out isoDate),
            _ => false,
        };
    }

    private static bool TryMonth(string token, out int month) => Months.TryGetValue(token, out month);

    private static bool TryDay(string token, out int day)
    {
        var digits = token.AsSpan().TrimEnd("stndrh");
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TryYear(string token, out int year)
    {
        year = 0;
        return token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MinYear and <= MaxYear;
    }

    private static bool Format(int year, int month, int day, out string isoDate)
    {
        if (day == 0)
        {
            isoDate = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
            return true;
        }

        isoDate = string.Empty;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        isoDate = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        return true;
    }
}
