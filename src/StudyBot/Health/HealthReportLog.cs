using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace StudyBot.Health;

/// <summary>
/// Where the bot's health shows: it serves no HTTP of its own, so each check whose status changed is logged, a
/// warning when it is not healthy and a note when it is again. An unchanged status is not repeated every period.
/// </summary>
internal sealed partial class HealthReportLog : IHealthCheckPublisher
{
    private readonly Dictionary<string, HealthStatus> last = new(StringComparer.Ordinal);
    private readonly ILogger logger;

    public HealthReportLog(ILoggerFactory loggers)
    {
        logger = loggers.CreateLogger<HealthReportLog>();
    }

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        lock (last)
        {
            foreach (var (name, entry) in report.Entries)
            {
                var before = last.TryGetValue(name, out var known) ? known : HealthStatus.Healthy;
                last[name] = entry.Status;
                if (entry.Status == before)
                {
                    continue;
                }

                if (entry.Status == HealthStatus.Healthy)
                {
                    LogHealthy(name, entry.Description);
                }
                else
                {
                    LogUnhealthy(entry.Exception, name, entry.Status, entry.Description);
                }
            }
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health check {Name} is healthy again: {Description}")]
    private partial void LogHealthy(string name, string? description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check {Name} is {Status}: {Description}")]
    private partial void LogUnhealthy(Exception? exception, string name, HealthStatus status, string? description);
}
