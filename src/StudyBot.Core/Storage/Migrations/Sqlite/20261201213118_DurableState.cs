using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StudyBot.Core.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DurableState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlatformMessageId",
                table: "Outbox",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventClaims",
                columns: table => new
                {
                    Platform = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventClaims", x => new { x.Platform, x.EventId });
                });

            migrationBuilder.CreateTable(
                name: "PlatformState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "QuoteHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RunningQuizzes",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuizId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunningQuizzes", x => x.ChannelId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventClaims_ExpiresUtc",
                table: "EventClaims",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteHistory_ChannelId_Id",
                table: "QuoteHistory",
                columns: new[] { "ChannelId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventClaims");

            migrationBuilder.DropTable(
                name: "PlatformState");

            migrationBuilder.DropTable(
                name: "QuoteHistory");

            migrationBuilder.DropTable(
                name: "RunningQuizzes");

            migrationBuilder.DropColumn(
                name: "PlatformMessageId",
                table: "Outbox");
        }
    }
}
