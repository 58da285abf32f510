using Microsoft.EntityFrameworkCore;

namespace StudyBot.Core.Storage;

/// <summary>The database on PostgreSQL; its migrations and snapshot live in <c>Storage/Migrations/Postgres</c>.</summary>
public sealed class PostgresStudyBotDbContext : StudyBotDbContext
{
    public PostgresStudyBotDbContext(DbContextOptions<PostgresStudyBotDbContext> options)
        : base(options)
    {
    }
}
