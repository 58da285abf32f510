using Microsoft.Extensions.Options;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.Tests.Rooms;

public sealed class InviterPolicyTests
{
    [Theory]
    [InlineData("@ann:example.org", true)]
    [InlineData("@bob:friends.org:8448", true)]
    [InlineData("@bob:friends.org", false)]
    [InlineData("@eve:evil.org", false)]
    [InlineData("@ann:example.org.evil.org", false)]
    public void IsAllowed_UserAndServerPatterns_MatchExactly(string inviter, bool expected)
    {
        var options = new MatrixOptions();
        options.AllowedInviters.Add("@ann:example.org");
        options.AllowedInviters.Add("*:friends.org:8448");

        Assert.Equal(expected, new InviterPolicy(Options.Create(options)).IsAllowed(inviter));
    }

    [Fact]
    public void IsAllowed_NoPatterns_NobodyAllowed()
    {
        Assert.False(new InviterPolicy(Options.Create(new MatrixOptions())).IsAllowed("@ann:example.org"));
    }
}
