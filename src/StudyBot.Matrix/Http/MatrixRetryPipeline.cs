using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace StudyBot.Matrix.Http;

/// <summary>
/// Retries what the spec says to retry: 429 after the server's hint (<c>Retry-After</c> as seconds or a date, else
/// <c>retry_after_ms</c>), 5xx, dropped connections and timed-out attempts, with doubling waits. Other 4xx are answers.
/// </summary>
/// <remarks>
/// Retrying a send is safe because every send carries a transaction id fixed before its first try. A request can
/// cap its tries (<see cref="MatrixRequest.MaxAttempts"/>); the long poll sets a longer attempt timeout.
/// </remarks>
internal static class MatrixRetryPipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, MatrixOptions options, TimeProvider time)
    {
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, args.Context)),
            DelayGenerator = args => ServerHintAsync(args.Outcome.Result, time, args.Context.CancellationToken),
        });
        builder.AddTimeout(new HttpTimeoutStrategyOptions
        {
            TimeoutGenerator = args =>
                ValueTask.FromResult(args.Context.GetRequestMessage()?.Options.TryGetValue(MatrixRequest.AttemptTimeout, out var timeout) == true
                    ? timeout
                    : MatrixRequest.DefaultAttemptTimeout),
        });
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        if (request is not null && request.Options.TryGetValue(MatrixRequest.MaxAttempts, out var maxAttempts) && attempt + 1 >= maxAttempts)
        {
            return false;
        }

        return outcome.Exception switch
        {
            HttpRequestException or TimeoutRejectedException or IOException => true,
            not null => false,
            _ => outcome.Result is { } response && IsTransient(response.StatusCode),
        };
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>The wait the server asked for, or null to use the doubling backoff.</summary>
    internal static async ValueTask<TimeSpan?> ServerHintAsync(HttpResponseMessage? response, TimeProvider time, CancellationToken cancellationToken)
    {
        if (response is null || response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - time.GetUtcNow();
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        var error = await MatrixError.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return error.RetryAfter ?? TimeSpan.FromSeconds(5);
    }
}
