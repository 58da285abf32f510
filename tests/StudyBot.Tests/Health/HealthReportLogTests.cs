using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Moq;
using StudyBot.Health;

namespace StudyBot.Tests.Health;

public sealed class HealthReportLogTests
{
    private readonly LineLogger logger = new();
    private readonly Mock<ILoggerFactory> loggers = new();

    public HealthReportLogTests()
    {
        loggers.Setup(f => f.CreateLogger(It.IsAny<string>())).Returns(logger);
    }

    [Fact]
    public async Task PublishAsync_DegradedTwiceThenHealthy_WarnsOnceAndSaysWhenItRecovers()
    {
        var log = new HealthReportLog(loggers.Object);

        await log.PublishAsync(Report(HealthStatus.Degraded, "2 of 5 active schedules have no Quartz trigger"), CancellationToken.None);
        await log.PublishAsync(Report(HealthStatus.Degraded, "2 of 5 active schedules have no Quartz trigger"), CancellationToken.None);
        await log.PublishAsync(Report(HealthStatus.Healthy, "All 5 active schedules have a Quartz trigger."), CancellationToken.None);

        Assert.Equal(
            [
                (LogLevel.Warning, "Health check schedule-triggers is Degraded: 2 of 5 active schedules have no Quartz trigger"),
                (LogLevel.Information, "Health check schedule-triggers is healthy again: All 5 active schedules have a Quartz trigger."),
            ],
            Logged());
    }

    [Fact]
    public async Task PublishAsync_HealthyFromTheStart_LogsNothing()
    {
        var log = new HealthReportLog(loggers.Object);

        await log.PublishAsync(Report(HealthStatus.Healthy, "All 5 active schedules have a Quartz trigger."), CancellationToken.None);

        Assert.Empty(Logged());
    }

    private static HealthReport Report(HealthStatus status, string description) =>
        new(new Dictionary<string, HealthReportEntry> { [ScheduleTriggersHealthCheck.Name] = new(status, description, TimeSpan.Zero, null, null) }, TimeSpan.Zero);

    private (LogLevel, string)[] Logged() => [.. logger.Lines];

    /// <summary>Keeps each line as it reads once formatted.</summary>
    private sealed class LineLogger : ILogger
    {
        public List<(LogLevel, string)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
