using Microsoft.EntityFrameworkCore;

namespace StudyBot.Core.Storage;

/// <summary>The database on SQLite; its migrations and snapshot live in <c>Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteStudyBotDbContext : StudyBotDbContext
{
    public SqliteStudyBotDbContext(DbContextOptions<SqliteStudyBotDbContext> options)
        : base(options)
    {
    }
}
