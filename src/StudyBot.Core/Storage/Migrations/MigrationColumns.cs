using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace StudyBot.Core.Storage.Migrations;

/// <summary>Column shapes every hand-written migration repeats; each provider reads only its own annotation.</summary>
internal static class MigrationColumns
{
    public static OperationBuilder<AddColumnOperation> Identity(this ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    public static OperationBuilder<AddColumnOperation> Text(this ColumnsBuilder table, int maxLength, bool nullable = false) =>
        table.Column<string>(maxLength: maxLength, nullable: nullable);

    /// <summary>An instant as Unix milliseconds (see <see cref="UtcInstantConverter"/>).</summary>
    public static OperationBuilder<AddColumnOperation> Instant(this ColumnsBuilder table, bool nullable = false) =>
        table.Column<long>(nullable: nullable);
}
