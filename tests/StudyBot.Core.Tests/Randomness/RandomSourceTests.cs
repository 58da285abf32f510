using StudyBot.Core.Randomness;

namespace StudyBot.Core.Tests.Randomness;

public sealed class RandomSourceTests
{
    [Fact]
    public void WithTheSameSeed_DrawsTheSameSequence()
    {
        var first = RandomSource.WithSeed(5);
        var second = RandomSource.WithSeed(5);

        Assert.Equal(Enumerable.Range(0, 20).Select(_ => first.Next(1000)), Enumerable.Range(0, 20).Select(_ => second.Next(1000)));
        Assert.Equal(first.Shuffled(Enumerable.Range(0, 10)), second.Shuffled(Enumerable.Range(0, 10)));
    }

    [Fact]
    public void Shuffled_KeepsEveryItem()
    {
        var shuffled = RandomSource.WithSeed(1).Shuffled(Enumerable.Range(0, 50));

        Assert.Equal(Enumerable.Range(0, 50), shuffled.Order());
    }
}
