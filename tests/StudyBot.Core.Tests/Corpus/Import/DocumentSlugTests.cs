using StudyBot.Core.Corpus.Import;

namespace StudyBot.Core.Tests.Corpus.Import;

public sealed class DocumentSlugTests
{
    [Theory]
    [InlineData("workers-opposition.txt", "workers-opposition")]
    [InlineData("Türk Metal – Renault Revolt.txt", "turk-metal-renault-revolt")]
    [InlineData("Manifest_over_de_Oktober__revolutie.md", "manifest-over-de-oktober-revolutie")]
    [InlineData("  Çalışma Notları (2024).txt", "calisma-notlari-2024")]
    [InlineData("!!!.txt", "")]
    public void Makes_a_lowercase_ascii_slug_with_hyphens(string fileName, string slug)
    {
        Assert.Equal(slug, DocumentSlug.FromFileName(fileName));
    }
}
