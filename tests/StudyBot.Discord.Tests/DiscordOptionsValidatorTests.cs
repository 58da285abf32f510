namespace StudyBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private const string Secret = "MTIz.secret-token-value";

    [Fact]
    public void Validate_NoToken_SucceedsWithoutCheckingTheRest()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { ApiBaseUrl = "not a url", ShardCount = 0 });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblemAtOnce()
    {
        var options = new DiscordOptions
        {
            Token = "Bot " + Secret,
            ApplicationId = "my-app",
            DevelopmentGuildId = "guild",
            ApiBaseUrl = "discord.com",
            UserAgentUrl = "my study bot",
            Mode = DiscordMode.Http,
            HttpListen = "8090",
            PublicKey = "abc",
            ShardCount = 2,
            ShardIds = "1-3",
        };

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(8, failures.Count);
        Assert.Contains(failures, f => f.Contains("UserAgentUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Token", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ApplicationId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("DevelopmentGuildId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ApiBaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("HttpListen", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("PublicKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ShardIds must lie below ShardCount 2", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains(Secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3", null, "ShardIds needs ShardCount")]
    [InlineData("a-b", 4, "one shard id or a range")]
    [InlineData("3-1", 4, "one shard id or a range")]
    public void Validate_BadShardIds_SaysWhatIsAllowed(string shardIds, int? shardCount, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = Secret, ShardIds = shardIds, ShardCount = shardCount });

        Assert.Contains(result.Failures!, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_HttpModeWellConfigured_Succeeds()
    {
        var options = new DiscordOptions
        {
            Token = Secret,
            Mode = DiscordMode.Http,
            HttpListen = "http://127.0.0.1:8090",
            PublicKey = new string('a', 64),
            ShardCount = 4,
            ShardIds = "0-3",
            DevelopmentGuildId = "81384788765712384",
        };

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void ToString_WithToken_NeverShowsIt()
    {
        var text = new DiscordOptions { Token = Secret }.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("Token=(set)", text, StringComparison.Ordinal);
    }
}
