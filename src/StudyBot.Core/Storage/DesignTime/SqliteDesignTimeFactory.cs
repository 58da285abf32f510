using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StudyBot.Core.Storage.DesignTime;

/// <summary>
/// Gives <c>dotnet ef</c> a SQLite context without starting the bot (which would import the corpus); scaffolding
/// and <c>has-pending-model-changes</c> never open the file.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStudyBotDbContext>
{
    public SqliteStudyBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStudyBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
