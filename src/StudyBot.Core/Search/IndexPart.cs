using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// The scanned terms of a run of consecutive documents, numbered by the part's own dictionary, so that parts can be
/// scanned on separate cores and then joined into one index (<see cref="Join"/>).
/// </summary>
internal sealed class IndexPart
{
    private IndexPart(IndexTerms terms, PostingsBuilder pairs, List<Passage> passages)
    {
        Terms = terms;
        Pairs = pairs;
        Passages = passages;
    }

    public IndexTerms Terms { get; }

    public PostingsBuilder Pairs { get; }

    public List<Passage> Passages { get; }

    /// <summary>Scans every block of the documents, prose or not: whatever <c>/read</c> shows can be found.</summary>
    public static IndexPart Scan(IReadOnlyList<Document> documents, IReadOnlyList<Language> languages)
    {
        var terms = new IndexTerms(languages);
        var builder = new PostingsBuilder(terms);
        var passages = new List<Passage>();
        var buffer = Array.Empty<char>();
        foreach (var document in documents)
        {
            var slot = terms.Slot(document.Language);
            foreach (var block in document.Blocks)
            {
                passages.Add(new Passage(document, block));
                builder.Add(block.DecodeText(ref buffer), slot);
            }
        }

        return new IndexPart(terms, builder, passages);
    }

    /// <summary>Joins parts scanned from consecutive runs of documents, in library order, under one term numbering.</summary>
    public static JoinedIndex Join(IReadOnlyList<IndexPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var dictionary = new TermDictionary([]);
        var maps = parts.Select(p => (p.Pairs, p.Terms.Stems.MapInto(dictionary))).ToArray();
        return new JoinedIndex(
            dictionary,
            PostingsBuilder.Build(maps, dictionary.Count),
            parts.SelectMany(p => p.Pairs.PassageLengths).ToArray(),
            parts.SelectMany(p => p.Passages).ToArray());
    }

    /// <summary>
    /// Splits the library into at most <paramref name="count"/> runs of consecutive documents of about equal
    /// text, keeping passage numbers in library order across parts.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Document>> Partition(IReadOnlyList<Document> documents, int count)
    {
        var total = documents.Sum(TextLength);
        var target = Math.Max(1, total / Math.Max(1, count));
        var parts = new List<IReadOnlyList<Document>>();
        var current = new List<Document>();
        var size = 0L;
        foreach (var document in documents)
        {
            current.Add(document);
            size += TextLength(document);
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

    private static long TextLength(Document document) => document.Blocks.Sum(b => (long)b.ApproximateLength);
}

/// <summary>The whole index: one numbering of stems, their postings, and each passage with its length in content words.</summary>
internal sealed record JoinedIndex(TermDictionary Dictionary, Postings Postings, int[] Lengths, Passage[] Passages);
