using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests.Rest;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_BodyAndHeader_PrefersTheBodysFractionalSeconds()
    {
        using var response = TooManyRequests(TimeSpan.FromSeconds(2));
        using var body = JsonDocument.Parse("""{"message":"You are being rate limited.","retry_after":0.35,"global":false}""");

        Assert.Equal(TimeSpan.FromSeconds(0.35), RetryAfter.Read(body.RootElement, response, Now));
    }

    [Fact]
    public void Read_BodyWithoutRetryAfter_TakesTheHeader()
    {
        using var response = TooManyRequests(TimeSpan.FromSeconds(2));
        using var body = JsonDocument.Parse("""{"message":"You are being rate limited."}""");

        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfter.Read(body.RootElement, response, Now));
    }

    [Fact]
    public void FromHeader_Date_WaitsUntilThatTime()
    {
        var header = new RetryConditionHeaderValue(Now.AddSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.FromHeader(header, Now));
    }

    [Fact]
    public void Read_NeitherBodyNorHeader_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        using var body = JsonDocument.Parse("""{"retry_after":"soon"}""");

        Assert.Null(RetryAfter.Read(body.RootElement, response, Now));
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan header)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(header);
        return response;
    }
}
