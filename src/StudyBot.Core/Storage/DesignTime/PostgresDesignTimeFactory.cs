using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StudyBot.Core.Storage.DesignTime;

/// <summary>
/// Gives <c>dotnet ef</c> a PostgreSQL context without a server: scaffolding and <c>has-pending-model-changes</c>
/// compare the model with the snapshot and never connect.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStudyBotDbContext>
{
    public PostgresStudyBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStudyBotDbContext>().UseNpgsql("Host=localhost;Database=studybot").Options);
}
