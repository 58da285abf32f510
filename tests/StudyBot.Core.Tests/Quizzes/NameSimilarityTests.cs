using StudyBot.Core.Quizzes;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("Shliapnikov", "Shlyapnikov")]
    [InlineData("Rusland", "Sovjet-Rusland")]
    [InlineData("klasse", "arbeidersklasse")]
    [InlineData("worker", "workers")]
    [InlineData("Alexander Shliapnikov", "Shlyapnikov")]
    [InlineData("M.Ismailov", "M.M.Isnailov")]
    [InlineData("N. Nazarbayev", "N.Nazarbayev")]
    public void AreAlike_AVariantOrAPartOfTheOther_IsAlike(string first, string second)
    {
        Assert.True(NameSimilarity.AreAlike(first, second));
    }

    [Theory]
    [InlineData("Moscow", "Petrograd")]
    [InlineData("Kemal Ülker", "Alpaslan Savaş")]
    [InlineData("oorlog", "maatschappij")]
    [InlineData("M.Ismailov", "M.Nurbekov")]
    [InlineData("Yu.Vinkov", "Yu.Borovitsky")]
    public void AreAlike_DifferentNames_AreNotAlike(string first, string second)
    {
        Assert.False(NameSimilarity.AreAlike(first, second));
    }
}
