using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// The index of a run of consecutive documents with its own term numbers, so that parts can be built on
/// separate cores and merged (<see cref="Postings.Merge"/>).
/// </summary>
internal sealed class IndexPart
{
    private IndexPart(TermDictionary dictionary, Postings postings, int[] lengths, Passage[] passages)
    {
        Dictionary = dictionary;
        Postings = postings;
        Lengths = lengths;
        Passages = passages;
    }

    public TermDictionary Dictionary { get; }

    public Postings Postings { get; }

    /// <summary>Content words per passage, for BM25's length normalisation.</summary>
    public int[] Lengths { get; }

    public Passage[] Passages { get; }

    public static IndexPart Build(IReadOnlyList<Document> documents, IReadOnlyList<Language> languages)
    {
        var dictionary = new TermDictionary(languages);
        var builder = new PostingsBuilder(dictionary, documents.Sum(ProseLength));
        var passages = new List<Passage>();
        var buffer = Array.Empty<char>();
        foreach (var document in documents)
        {
            var mask = dictionary.LanguageMask(document.Language);
            foreach (var block in document.Blocks.Where(b => b.IsProse))
            {
                passages.Add(new Passage(document, block));
                builder.Add(block.DecodeText(ref buffer), mask);
            }
        }

        var (postings, lengths) = builder.Build();
        return new IndexPart(dictionary, postings, lengths, passages.ToArray());
    }

    /// <summary>Joins parts built from consecutive runs of documents, in library order, under one term numbering.</summary>
    public static IndexPart Merge(IReadOnlyList<IndexPart> parts, IReadOnlyList<Language> languages)
    {
        var dictionary = new TermDictionary(languages);
        var merged = new List<(Postings, int[], int)>();
        var offset = 0;
        foreach (var part in parts)
        {
            var map = new int[part.Dictionary.Count];
            foreach (var (term, id) in part.Dictionary.Entries)
            {
                map[id] = dictionary.GetOrAdd(term);
            }

            merged.Add((part.Postings, map, offset));
            offset += part.Passages.Length;
        }

        return new IndexPart(
            dictionary,
            Postings.Merge(merged, dictionary.Count),
            parts.SelectMany(p => p.Lengths).ToArray(),
            parts.SelectMany(p => p.Passages).ToArray());
    }

    /// <summary>
    /// Splits the library into at most <paramref name="count"/> runs of consecutive documents of about equal
    /// prose, keeping passage numbers in library order across parts.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Document>> Partition(IReadOnlyList<Document> documents, int count)
    {
        var total = documents.Sum(ProseLength);
        var target = Math.Max(1, total / Math.Max(1, count));
        var parts = new List<IReadOnlyList<Document>>();
        var current = new List<Document>();
        var size = 0L;
        foreach (var document in documents)
        {
            current.Add(document);
            size += ProseLength(document);
            if (size >= target && parts.Count < count - 1)
            {
                parts.Add(current);
                current = [];
                size = 0;
            }
        }

        if (current.Count > 0 || parts.Count == 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    private static long ProseLength(Document document) => document.Blocks.Where(b => b.IsProse).Sum(b => (long)b.ApproximateLength);
}
