using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Tests.Http;

public sealed class MatrixRetryPipelineTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ServerHint_RetryAfterSeconds_UsesThem()
    {
        using var response = RateLimited();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), await MatrixRetryPipeline.ServerHintAsync(response, time, default));
    }

    [Fact]
    public async Task ServerHint_RetryAfterDate_WaitsUntilThen()
    {
        using var response = RateLimited();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(42));

        Assert.Equal(TimeSpan.FromSeconds(42), await MatrixRetryPipeline.ServerHintAsync(response, time, default));
    }

    [Fact]
    public async Task ServerHint_OnlyRetryAfterMs_UsesBody()
    {
        using var response = RateLimited("""{"errcode":"M_LIMIT_EXCEEDED","retry_after_ms":1500}""");

        Assert.Equal(TimeSpan.FromMilliseconds(1500), await MatrixRetryPipeline.ServerHintAsync(response, time, default));
    }

    [Fact]
    public async Task ServerHint_NoHintAtAll_FiveSeconds()
    {
        using var response = RateLimited("<html>slow down</html>");

        Assert.Equal(TimeSpan.FromSeconds(5), await MatrixRetryPipeline.ServerHintAsync(response, time, default));
    }

    [Fact]
    public async Task ServerHint_ServerError_LeftToBackoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.Null(await MatrixRetryPipeline.ServerHintAsync(response, time, default));
    }

    private static HttpResponseMessage RateLimited(string body = """{"errcode":"M_LIMIT_EXCEEDED"}""") =>
        new(HttpStatusCode.TooManyRequests) { Content = new StringContent(body) };
}
