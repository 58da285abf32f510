using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Loads the corpus: every <c>.txt</c> and <c>.md</c> file of a folder, described by the folder's
/// <c>catalog.json</c> where it has an entry. Files that are not usable text are skipped with a logged reason;
/// the rest still load.
/// </summary>
public sealed partial class CorpusImporter
{
    private const long LargeFileBytes = 8L * 1024 * 1024;

    private readonly CorpusOptions options;
    private readonly DocumentBuilder builder;
    private readonly ILogger<CorpusImporter> logger;

    public CorpusImporter(IOptions<CorpusOptions> options, SentenceSegmenter segmenter, ILogger<CorpusImporter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options.Value;
        builder = new DocumentBuilder(segmenter);
        this.logger = logger;
    }

    /// <summary>Imports the configured folder (<see cref="CorpusOptions.Folder"/>).</summary>
    public CorpusImportResult ImportFolder() => ImportFolder(options.Folder);

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public CorpusImportResult ImportFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var started = Stopwatch.GetTimestamp();
        var path = ResolveFolder(folder);
        var catalog = CorpusCatalog.Read(path, logger);
        var files = Directory.EnumerateFiles(path)
            .Where(f => DocumentFormats.FromFileName(f) is not null)
            .OrderBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var outcomes = new FileOutcome[files.Length];
        AssignSlugs(files, outcomes);

        // Files are independent: ordinary ones are parsed on every core, each worker with its own decoding buffer.
        // Large files go one at a time, so that two of them never take memory at once.
        var pending = Enumerable.Range(0, files.Length).Where(i => outcomes[i].Reason is null).ToArray();
        var large = pending.Where(i => new FileInfo(files[i]).Length > LargeFileBytes).ToArray();
        var buffer = Array.Empty<char>();
        foreach (var i in large)
        {
            outcomes[i] = ImportFile(files[i], outcomes[i].Slug, catalog, ref buffer);
        }

        SourceFileReader.ReturnBuffer(buffer);
        Parallel.ForEach(
            pending.Except(large),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => Array.Empty<char>(),
            (i, _, workerBuffer) =>
            {
                outcomes[i] = ImportFile(files[i], outcomes[i].Slug, catalog, ref workerBuffer);
                return workerBuffer;
            },
            SourceFileReader.ReturnBuffer);

        var documents = new List<Document>(files.Length);
        var skipped = new List<SkippedFile>();
        for (var i = 0; i < files.Length; i++)
        {
            if (outcomes[i].Document is { } document)
            {
                documents.Add(document);
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    LogImported(logger, document.Slug, document.Language.Code, document.Sections.Count, document.WordCount);
                }
            }
            else
            {
                var reason = outcomes[i].Reason ?? "not imported";
                skipped.Add(new SkippedFile(files[i], reason));
                LogSkipped(logger, files[i], reason);
            }
        }

        WarnAboutCatalog(catalog, files);
        var elapsed = Stopwatch.GetElapsedTime(started);
        LogFolderImported(logger, documents.Count, path, skipped.Count, elapsed.TotalMilliseconds);
        return new CorpusImportResult(new CorpusLibrary(documents), skipped);
    }

    /// <summary>Imports one text that is not in a file; the name gives its slug and format (".md" is Markdown).</summary>
    /// <exception cref="ArgumentException">The text is empty, whitespace or binary.</exception>
    public Document ImportText(string fileName, string text, CatalogEntry? entry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(text);
        var slug = DocumentSlug.FromFileName(fileName);
        if (slug.Length == 0)
        {
            throw new ArgumentException($"'{fileName}' has no letters or digits to make a slug from.", nameof(fileName));
        }

        var characters = SourceText.FromString(text);
        if (!SourceFileReader.Accept(characters.Buffer, characters.Length, out var source, out var reason))
        {
            throw new ArgumentException($"The text cannot be imported: {reason}.", nameof(text));
        }

        return builder.Build(slug, fileName, source, DocumentFormats.FromFileName(fileName) ?? DocumentFormat.PlainText, entry);
    }

    /// <summary>Gives each file its slug, in file order, so that which of two clashing files is skipped never varies.</summary>
    private static void AssignSlugs(string[] files, FileOutcome[] outcomes)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var name = Path.GetFileName(files[i]);
            var slug = DocumentSlug.FromFileName(name);
            outcomes[i] = slug.Length == 0
                ? new FileOutcome(slug, null, "the file name has no letters or digits to make a slug from")
                : taken.TryAdd(slug, name)
                    ? new FileOutcome(slug, null, null)
                    : new FileOutcome(slug, null, $"its slug '{slug}' is already taken by {taken[slug]}");
        }
    }

    private FileOutcome ImportFile(string file, string slug, CorpusCatalog catalog, ref char[] buffer)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (!SourceFileReader.TryRead(file, options.MaxFileBytes, ref buffer, out var source, out var reason))
            {
                return new FileOutcome(slug, null, reason);
            }

            var format = DocumentFormats.FromFileName(name) ?? DocumentFormat.PlainText;
            return new FileOutcome(slug, builder.Build(slug, name, source, format, catalog.Find(name)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(slug, null, $"unreadable ({e.Message})");
        }
    }

    private void WarnAboutCatalog(CorpusCatalog catalog, IReadOnlyCollection<string> files)
    {
        var names = files.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in catalog.Entries)
        {
            if (!names.Contains(entry.File))
            {
                LogCatalogEntryWithoutFile(logger, entry.File);
            }
            else if (entry.Slug is { } slug && slug != DocumentSlug.FromFileName(entry.File))
            {
                LogCatalogSlugMismatch(logger, entry.File, slug, DocumentSlug.FromFileName(entry.File));
            }
        }
    }

    /// <summary>A relative folder is looked for in the working directory, then beside the application.</summary>
    private static string ResolveFolder(string folder)
    {
        if (Path.IsPathRooted(folder))
        {
            return Directory.Exists(folder) ? folder : throw NotFound(folder, [folder]);
        }

        string[] candidates = [Path.GetFullPath(folder), Path.Combine(AppContext.BaseDirectory, folder)];
        return candidates.FirstOrDefault(Directory.Exists) ?? throw NotFound(folder, candidates);
    }

    private static DirectoryNotFoundException NotFound(string folder, string[] candidates) =>
        new($"The corpus folder '{folder}' does not exist (looked in {string.Join(", ", candidates)}). Set {CorpusOptions.SectionName}:Folder.");

    /// <summary>What became of one file: its document, or why it was skipped.</summary>
    private readonly record struct FileOutcome(string Slug, Document? Document, string? Reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped corpus file {File}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Imported {Slug} ({Language}): {Sections} sections, {Words} words")]
    private static partial void LogImported(ILogger logger, string slug, string language, int sections, int words);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} documents from {Folder} ({Skipped} skipped) in {Milliseconds:F0} ms")]
    private static partial void LogFolderImported(ILogger logger, int count, string folder, int skipped, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The corpus catalog lists {File}, which is not in the folder")]
    private static partial void LogCatalogEntryWithoutFile(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The corpus catalog gives {File} the slug '{CatalogSlug}'; its file name makes it '{Slug}', which is used")]
    private static partial void LogCatalogSlugMismatch(ILogger logger, string file, string catalogSlug, string slug);
}
