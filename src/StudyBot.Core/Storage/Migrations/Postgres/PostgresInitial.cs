using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations.Postgres;

/// <summary><see cref="V0001_Initial"/> under its original id, for the Postgres context.</summary>
[DbContext(typeof(PostgresStudyBotDbContext))]
[Migration(Id)]
public sealed class PostgresInitial : V0001_Initial
{
}
