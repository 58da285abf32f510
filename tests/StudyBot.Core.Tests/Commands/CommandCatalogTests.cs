using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Check_OneOptionTakingTheRestBeforeOthers_IsAllowed()
    {
        var declaration = new CommandDeclaration(
            "search",
            "Finds passages",
            CommandOption.Text("query", "Words", required: true, takesRest: true),
            CommandOption.Integer("page", "Page", 1, 9));

        Assert.Empty(CommandCatalog.Check(declaration));
    }

    [Fact]
    public void Check_TwoOptionsTakingTheRest_IsAProblem()
    {
        var declaration = new CommandDeclaration(
            "search",
            "Finds passages",
            CommandOption.Text("query", "Words", takesRest: true),
            CommandOption.Text("more", "More words", takesRest: true));

        Assert.Equal(["/search: only one option can take the rest of the line"], CommandCatalog.Check(declaration));
    }
}
