using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>Small hand-built documents: enough prose for excerpts and sections for reading lists.</summary>
public static class TestCorpus
{
    public static CorpusLibrary Create() => new([Build("workplace-cells", "Workplace Cells", 3, 2), Build("strike-diary", "Strike Diary", 2, 2)]);

    /// <summary>A document of <paramref name="sections"/> sections with <paramref name="paragraphs"/> two-sentence paragraphs each.</summary>
    public static Document Build(string slug, string title, int sections, int paragraphs)
    {
        var sentenceIndex = 0;
        var blockIndex = 0;
        var built = new List<Section>();
        for (var s = 0; s < sections; s++)
        {
            var blocks = new List<Block>();
            for (var p = 0; p < paragraphs; p++)
            {
                var first = new Sentence(sentenceIndex++, blockIndex, s, $"In {title} part {s + 1} the workers of shop {p + 1} met to talk about their wages.");
                var second = new Sentence(sentenceIndex++, blockIndex, s, "They agreed to stand together until every demand was met.");
                blocks.Add(new Block(blockIndex++, s, BlockKind.Paragraph, first.Text + " " + second.Text, [first, second]));
            }

            blocks.Add(new Block(blockIndex++, s, BlockKind.Caption, "A photo of the meeting hall, long enough to be mistaken for prose by a careless source.", []));
            built.Add(new Section(s, $"Part {s + 1}", blocks));
        }

        return new Document(slug, new DocumentMetadata(title, "A. Writer", "1921", Language.English, null), built);
    }
}
