using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// The scanned terms of a run of consecutive documents, numbered by the part's own dictionary, so that parts can be
/// scanned on separate cores and then joined into one index (<see cref="Join"/>).
/// </summary>
internal sealed class IndexPart
{
    private readonly IReadOnlyList<Document> documents;

    private IndexPart(IReadOnlyList<Document> documents, IndexTerms terms, PostingsBuilder pairs, List<Passage> passages)
    {
        this.documents = documents;
        Terms = terms;
        Pairs = pairs;
        Passages = passages;
    }

    public IndexTerms Terms { get; }

    public PostingsBuilder Pairs { get; }

    public List<Passage> Passages { get; }

    /// <summary>Counts the terms of every block of the documents, prose or not: whatever <c>/read</c> shows can be found.</summary>
    public static IndexPart Scan(IReadOnlyList<Document> documents, IReadOnlyList<Language> languages)
    {
        var terms = new IndexTerms(languages);
        var builder = new PostingsBuilder(terms);
        var passages = new List<Passage>();
        var part = new IndexPart(documents, terms, builder, passages);
        part.ReadBlocks(into: null);
        return part;
    }

    /// <summary>
    /// Joins parts scanned from consecutive runs of documents, in library order, under one term numbering: each part
    /// reads its documents again, in parallel, and writes its postings into their joined places.
    /// </summary>
    public static JoinedIndex Join(IReadOnlyList<IndexPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var dictionary = new TermDictionary([]);
        var maps = parts.Select(p => (p.Pairs, p.Terms.Stems.MapInto(dictionary))).ToArray();
        var postings = PostingsBuilder.Layout(maps, dictionary.Count);
        Parallel.ForEach(parts, part => part.ReadBlocks(postings));
        return new JoinedIndex(
            dictionary,
            postings,
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

    /// <summary>Counts every block of the part's documents (first pass), or writes its postings <paramref name="into"/> (second).</summary>
    private void ReadBlocks(Postings? into)
    {
        var buffer = Array.Empty<char>();
        foreach (var document in documents)
        {
            var slot = Terms.Slot(document.Language);
            foreach (var block in document.Blocks)
            {
                var text = block.DecodeText(ref buffer);
                if (into is null)
                {
                    Passages.Add(new Passage(document, block));
                    Pairs.Count(text, slot);
                }
                else
                {
                    Pairs.Write(text, slot, into);
                }
            }
        }
    }

    private static long TextLength(Document document) => document.Blocks.Sum(b => (long)b.ApproximateLength);
}

/// <summary>The whole index: one numbering of stems, their postings, and each passage with its length in content words.</summary>
internal sealed record JoinedIndex(TermDictionary Dictionary, Postings Postings, int[] Lengths, Passage[] Passages);
