namespace StudyBot.Core.Corpus;

/// <summary>A document's language, by ISO 639-1 code.</summary>
public sealed record Language(string Code)
{
    public static readonly Language English = new("en");
    public static readonly Language Dutch = new("nl");

    public static IReadOnlyList<Language> Supported { get; } = [English, Dutch];

    public static Language? FromCode(string? code) =>
        Supported.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Code;
}
