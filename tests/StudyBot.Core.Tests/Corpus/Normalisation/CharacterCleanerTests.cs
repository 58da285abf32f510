using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Normalisation;

namespace StudyBot.Core.Tests.Corpus.Normalisation;

public sealed class CharacterCleanerTests
{
    [Fact]
    public void Composes_to_nfc()
    {
        var lines = Clean("Cafe\u0301 in Ko\u0308ln");

        Assert.Equal(["Café in Köln"], lines);
    }

    [Fact]
    public void Breaks_lines_at_crlf_cr_lf_and_unicode_separators()
    {
        var lines = Clean("one\r\ntwo\rthree\nfour\u2028five");

        Assert.Equal(["one", "two", "three", "four", "five"], lines);
    }

    [Fact]
    public void Turns_odd_spaces_into_single_spaces_and_trims_lines()
    {
        var lines = Clean("\u00A0 Decision\u00A0 on\u2009the\u3000strike\t committee.  \n   ");

        Assert.Equal(["Decision on the strike committee.", ""], lines);
    }

    [Fact]
    public void Removes_invisible_characters()
    {
        var lines = Clean("\uFEFFzero\u200Bwidth\u200E and soft\u00ADhyphen");

        Assert.Equal(["zerowidth and softhyphen"], lines);
    }

    [Fact]
    public void A_soft_hyphen_at_the_line_end_marks_a_broken_word()
    {
        var lines = Clean("onuitspre\u00AD\nkelijke");

        Assert.Equal(["onuitspre-", "kelijke"], lines);
    }

    [Fact]
    public void Closes_up_letter_spaced_lines()
    {
        var lines = Clean("I n t e r n a t i o n a l e  K o m m u n i s t i s c h e  S t r o m i n g , ");

        Assert.Equal(["Internationale Kommunistische Stroming,"], lines);
    }

    [Fact]
    public void Leaves_ordinary_lines_with_single_letters_alone()
    {
        var lines = Clean("I saw a man in a hat at a bus stop in a town.");

        Assert.Equal(["I saw a man in a hat at a bus stop in a town."], lines);
    }

    private static string[] Clean(string text)
    {
        var normalised = CharacterCleaner.Clean(SourceText.FromString(text));
        return Enumerable.Range(0, normalised.Lines.Count).Select(i => normalised[i].ToString()).ToArray();
    }
}
