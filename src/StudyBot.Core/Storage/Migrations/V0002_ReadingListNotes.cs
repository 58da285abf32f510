using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations;

/// <summary>Schema version 2: a moderator's note on each reading ("read up to the strike of 1920").</summary>
/// <remarks>Hand-written like <see cref="V0001_Initial"/>, whose remarks say how the provider sets continue from it.</remarks>
public abstract class V0002_ReadingListNotes : Migration
{
    /// <summary>The migration id, for tests and tools that upgrade to a named version.</summary>
    public const string Id = "20261120000002_ReadingListNotes";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>("Note", "ReadingListItems", maxLength: 300, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn("Note", "ReadingListItems");
    }
}
