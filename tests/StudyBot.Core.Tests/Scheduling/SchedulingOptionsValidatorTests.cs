using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class SchedulingOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var result = new SchedulingOptionsValidator().Validate(null, new SchedulingOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_SeveralBadValues_NamesEachKeyAtOnce()
    {
        var options = new SchedulingOptions { ParallelChannels = 0, RetryDelay = TimeSpan.Zero, SchedulerName = " " };

        var result = new SchedulingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.Contains("StudyBot:Scheduling:ParallelChannels is 0", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("StudyBot:Scheduling:RetryDelay", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("StudyBot:Scheduling:SchedulerName", StringComparison.Ordinal));
    }
}
