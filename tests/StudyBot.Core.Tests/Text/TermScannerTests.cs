namespace StudyBot.Core.Tests.Text;

public sealed class TermScannerTests
{
    [Fact]
    public void MoveNext_ReadsFoldedWordsAndThePartsOfCompounds()
    {
        var terms = Scan("Türk Metal and Oyak-Renault: Shlyapnikov's theses.");

        Assert.Equal(
            [("turk", false), ("metal", false), ("and", false), ("oyak-renault", false), ("oyak", true), ("renault", true), ("shlyapnikov's", false), ("shlyapnikov", true), ("theses", false)],
            terms.Select(t => (t.Term, t.IsPart)));
    }

    [Fact]
    public void MoveNext_GivesThePositionOfEachWordOrPartAsWritten()
    {
        const string text = "Birleşik Metal-İş";

        var terms = Scan(text);

        Assert.Equal(["Birleşik", "Metal-İş", "Metal", "İş"], terms.Select(t => text.Substring(t.Start, t.Length)));
        Assert.Equal(["birlesik", "metal-is", "metal", "is"], terms.Select(t => t.Term));
    }

    [Fact]
    public void MoveNext_FoldsWordsLongerThanTheBuffer()
    {
        var word = new string('A', TermScanner.BufferLength + 10);

        Assert.Equal(word.ToLowerInvariant(), Assert.Single(Scan(word)).Term);
    }

    [Fact]
    public void TryReadWord_FindsTheSameWordsAsWords()
    {
        const string text = "On November 13, 1,500 “angry” auto-workers stopped work - again; e.g. ‘tot de overwinning’.";

        var words = new List<string>();
        var position = 0;
        while (Tokenizer.TryReadWord(text, ref position, out var start, out var length))
        {
            words.Add(text.Substring(start, length));
        }

        Assert.Equal(Tokenizer.Words(text).Select(w => w.Text), words);
    }

    private static List<(string Term, bool IsPart, int Start, int Length)> Scan(string text)
    {
        var result = new List<(string, bool, int, int)>();
        var scanner = new TermScanner(text, new char[TermScanner.BufferLength]);
        while (scanner.MoveNext())
        {
            result.Add((scanner.Term.ToString(), scanner.IsPart, scanner.Start, scanner.Length));
        }

        return result;
    }
}
