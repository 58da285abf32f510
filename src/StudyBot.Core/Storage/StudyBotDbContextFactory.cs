using Microsoft.EntityFrameworkCore;

namespace StudyBot.Core.Storage;

/// <summary>Creates the context of the configured provider, so services need not know which one runs.</summary>
public sealed class StudyBotDbContextFactory : IDbContextFactory<StudyBotDbContext>
{
    private readonly Func<StudyBotDbContext> create;

    public StudyBotDbContextFactory(StorageConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.Provider == DatabaseProvider.PostgreSql)
        {
            var options = new DbContextOptionsBuilder<PostgresStudyBotDbContext>().UseNpgsql(connection.ConnectionString).Options;
            create = () => new PostgresStudyBotDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteStudyBotDbContext>().UseSqlite(connection.ConnectionString)
                .AddInterceptors(SqliteConnectionSettings.Instance).Options;
            create = () => new SqliteStudyBotDbContext(options);
        }
    }

    public StudyBotDbContext CreateDbContext() => create();
}
