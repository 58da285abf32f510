namespace StudyBot.Matrix.Tests;

public sealed class MatrixOptionsValidatorTests
{
    private readonly MatrixOptionsValidator validator = new();

    [Fact]
    public void Validate_TokenAndHomeserver_Succeeds()
    {
        var options = new MatrixOptions { Homeserver = "https://matrix.example.org", AccessToken = "syt_secret" };

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneWithoutSecrets()
    {
        var options = new MatrixOptions
        {
            Homeserver = "ftp://matrix.example.org?x=1",
            Password = "hunter2-secret",
            CommandPrefix = "! ",
            ModeratorPowerLevel = -1,
            MaxCommandAge = TimeSpan.Zero,
            EventAttempts = 0,
            ScheduledPostInterval = TimeSpan.FromMinutes(2),
            StateRetention = TimeSpan.FromMinutes(5),
        };
        options.AllowedInviters.Add("ann");

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.Contains(":Homeserver", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("set AccessToken, or User and Password", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":CommandPrefix", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("\"ann\"", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":ModeratorPowerLevel", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":MaxCommandAge", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":EventAttempts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":ScheduledPostInterval must be between", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains(":StateRetention must be between", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoHomeserverNorServerName_SaysWhichToSet()
    {
        var result = validator.Validate(null, new MatrixOptions { AccessToken = "t" });

        Assert.Contains(result.Failures!, f => f.Contains("set Homeserver", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*:example.org")]
    [InlineData("@ann:example.org")]
    public void Validate_InviterPatterns_Accepted(string pattern)
    {
        var options = new MatrixOptions { ServerName = "example.org", User = "studybot", Password = "pw" };
        options.AllowedInviters.Add(pattern);

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void ToString_WithSecrets_LeavesThemOut()
    {
        var options = new MatrixOptions { Homeserver = "https://m.example.org", AccessToken = "syt_abc123", Password = "pw-xyz" };

        var text = options.ToString();

        Assert.DoesNotContain("syt_abc123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-xyz", text, StringComparison.Ordinal);
        Assert.Contains("AccessToken=(set)", text, StringComparison.Ordinal);
    }
}
