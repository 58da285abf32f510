using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace StudyBot.Core.Storage;

/// <summary>Stores instants as Unix milliseconds.</summary>
/// <remarks>
/// SQLite cannot compare or order <see cref="DateTimeOffset"/> values in queries, and the outbox and the
/// scheduler query by time; a number compares the same way on both providers.
/// </remarks>
internal sealed class UtcInstantConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcInstantConverter()
        : base(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v))
    {
    }
}
