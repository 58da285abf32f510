using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations.Postgres;

/// <summary><see cref="V0002_ReadingListNotes"/> under its original id, for the Postgres context.</summary>
[DbContext(typeof(PostgresStudyBotDbContext))]
[Migration(Id)]
public sealed class PostgresReadingListNotes : V0002_ReadingListNotes
{
}
