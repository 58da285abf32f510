using Microsoft.Extensions.Options;

namespace StudyBot.Core.Randomness;

/// <summary>
/// The one source of chance for quotes and quizzes, so a configured seed reproduces them.
/// </summary>
/// <remarks>
/// <see cref="Random"/> is not thread-safe and commands run concurrently, so every draw takes a lock; draws
/// are few and cheap. <c>Random.Shared</c> cannot be seeded, hence the own instance.
/// </remarks>
public sealed class RandomSource
{
    private readonly Random random;
    private readonly Lock gate = new();

    public RandomSource(IOptions<RandomOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        random = options.Value.RandomSeed is { } seed ? new Random(seed) : new Random();
    }

    public static RandomSource WithSeed(int seed) => new(Options.Create(new RandomOptions { RandomSeed = seed }));

    /// <summary>A number from 0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Next(int maxExclusive)
    {
        lock (gate)
        {
            return random.Next(maxExclusive);
        }
    }

    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        return items[Next(items.Count)];
    }

    /// <summary>The items in a random order, as a new array.</summary>
    public T[] Shuffled<T>(IEnumerable<T> items)
    {
        var array = items.ToArray();
        lock (gate)
        {
            random.Shuffle(array);
        }

        return array;
    }
}
