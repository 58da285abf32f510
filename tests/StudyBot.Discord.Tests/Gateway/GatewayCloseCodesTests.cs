using StudyBot.Discord.Gateway;

namespace StudyBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4008, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(null, "Resume")]
    [InlineData(4003, "Identify")]
    [InlineData(4005, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4004, "Stop")]
    [InlineData(4010, "Stop")]
    [InlineData(4011, "Stop")]
    [InlineData(4012, "Stop")]
    [InlineData(4013, "Stop")]
    [InlineData(4014, "Stop")]
    public void NextStep_EachDocumentedCode_FollowsDiscordsTable(int? code, string expected)
    {
        Assert.Equal(expected, GatewayCloseCodes.NextStep(code).ToString());
    }
}
