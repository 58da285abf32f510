using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations.Sqlite;

/// <summary><see cref="V0002_ReadingListNotes"/> under its original id, for the Sqlite context.</summary>
[DbContext(typeof(SqliteStudyBotDbContext))]
[Migration(Id)]
public sealed class SqliteReadingListNotes : V0002_ReadingListNotes
{
}
