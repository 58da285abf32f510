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

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

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
            var file = JsonSerializer.Deserialize<CatalogFile>(stream, JsonOptions);
            var entries = (file?.Documents ?? []).Where(e => !string.IsNullOrWhiteSpace(e.File)).ToArray();
            return new CorpusCatalog(entries);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            LogUnreadableCatalog(logger, path, e.Message);
            return Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignoring the corpus catalog {Path}: {Reason}")]
    private static partial void LogUnreadableCatalog(ILogger logger, string path, string reason);

    private sealed record CatalogFile(IReadOnlyList<CatalogEntry>? Documents);
}
