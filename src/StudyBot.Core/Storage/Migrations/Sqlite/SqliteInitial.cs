using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations.Sqlite;

/// <summary><see cref="V0001_Initial"/> under its original id, for the Sqlite context.</summary>
[DbContext(typeof(SqliteStudyBotDbContext))]
[Migration(Id)]
public sealed class SqliteInitial : V0001_Initial
{
}
