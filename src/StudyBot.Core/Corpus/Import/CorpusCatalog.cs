using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// The curated metadata in a corpus folder's <c>catalog.json</c>. What it states wins over what the importer
/// recognises in the text, because a person checked it.
/// </summary>
public sealed partial class CorpusCatalog
{
    public const string FileName = "catalog.json";

    private readonly Dictionary<string, CatalogEntry> byFile;

    public CorpusCatalog(IEnumerable<CatalogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        byFile = new Dictionary<string, CatalogEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            byFile.TryAdd(entry.File, entry);
        }
    }

    public static CorpusCatalog Empty { get; } = new([]);

    public IReadOnlyCollection<CatalogEntry> Entries => byFile.Values;

    public CatalogEntry? Find(string fileName) => byFile.GetValueOrDefault(fileName);

    /// <summary>Reads the catalog of <paramref name="folder"/>; a missing or unreadable catalog yields an empty one.</summary>
    public static CorpusCatalog Read(string folder, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new CorpusCatalog(ReadEntries(json.RootElement));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            LogUnreadableCatalog(logger, path, e.Message);
            return Empty;
        }
    }

    // Read through JsonDocument rather than the serializer: the serializer's first use costs tens of milliseconds,
    // a large share of a cold corpus import. Property names match case-insensitively.
    private static IEnumerable<CatalogEntry> ReadEntries(JsonElement root)
    {
        if (Property(root, "documents") is not { ValueKind: JsonValueKind.Array } documents)
        {
            throw new JsonException("the catalog has no \"documents\" array");
        }

        foreach (var document in documents.EnumerateArray())
        {
            if (Text(document, "file") is { Length: > 0 } file)
            {
                yield return new CatalogEntry
                {
                    File = file,
                    Slug = Text(document, "slug"),
                    Title = Text(document, "title"),
                    Author = Text(document, "author"),
                    Date = Text(document, "date"),
                    Language = Text(document, "language"),
                    Source = Text(document, "source"),
                    Sections = ReadSections(document),
                };
            }
        }
    }

    private static SectionCatalogEntry[] ReadSections(JsonElement document)
    {
        if (Property(document, "sections") is not { ValueKind: JsonValueKind.Array } sections)
        {
            return [];
        }

        return sections.EnumerateArray()
            .Select(s => Property(s, "section") is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var n) && n > 0
                ? new SectionCatalogEntry(n, Text(s, "author"), Text(s, "date"))
                : throw new JsonException("every entry of \"sections\" needs a \"section\" number from 1"))
            .ToArray();
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring the corpus catalog {Path}: {Reason}")]
    private static partial void LogUnreadableCatalog(ILogger logger, string path, string reason);
}

