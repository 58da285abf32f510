using Microsoft.EntityFrameworkCore.Migrations;

namespace StudyBot.Core.Storage.Migrations;

/// <summary>Schema version 1: settings, reading lists, schedules, circles, excerpts, outbox and quiz records.</summary>
/// <remarks>
/// Written by hand before EF's Design package could be restored, with column types taken from each provider's
/// mapping of the CLR type, so the one body serves SQLite and PostgreSQL. Never edit a shipped migration.
/// <para>
/// Why two migration sets: migrations scaffolded by <c>dotnet ef</c> name one provider's column types and carry
/// one provider's snapshot, so from version 3 on each provider has its own context
/// (<see cref="SqliteStudyBotDbContext"/>, <see cref="PostgresStudyBotDbContext"/>) with its own folder of
/// scaffolded migrations and its own snapshot. Both folders start with this class and
/// <see cref="V0002_ReadingListNotes"/> under their original ids (thin subclasses that only name the context),
/// so databases created before the split see their history as applied and upgrade from where they are. Add a
/// schema change with <c>dotnet ef migrations add Name</c> once per context (see <c>Storage/Migrations/README.md</c>).
/// </para>
/// </remarks>
public abstract class V0001_Initial : Migration
{
    /// <summary>The migration id, for tests and tools that upgrade to a named version.</summary>
    public const string Id = "20261101000001_Initial";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CommunitySettings",
            columns: table => new
            {
                CommunityId = table.Text(200),
                ModeratorRoleId = table.Text(200, nullable: true),
                TimeZoneId = table.Text(100, nullable: true),
                LanguageCode = table.Text(10, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CommunitySettings", x => x.CommunityId));

        migrationBuilder.CreateTable(
            name: "ReadingLists",
            columns: table => new
            {
                Id = table.Identity(),
                CommunityId = table.Text(200),
                Name = table.Text(100),
                NameKey = table.Text(100),
                CreatedUtc = table.Instant(),
            },
            constraints: table => table.PrimaryKey("PK_ReadingLists", x => x.Id));
        migrationBuilder.CreateIndex("IX_ReadingLists_CommunityId_NameKey", "ReadingLists", ["CommunityId", "NameKey"], unique: true);

        migrationBuilder.CreateTable(
            name: "ReadingListItems",
            columns: table => new
            {
                Id = table.Identity(),
                ReadingListId = table.Column<long>(nullable: false),
                Position = table.Column<int>(nullable: false),
                DocumentSlug = table.Text(200),
                SectionIndex = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReadingListItems", x => x.Id);
                table.ForeignKey("FK_ReadingListItems_ReadingLists_ReadingListId", x => x.ReadingListId, "ReadingLists", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ReadingListItems_ReadingListId_Position", "ReadingListItems", ["ReadingListId", "Position"]);

        migrationBuilder.CreateTable(
            name: "Schedules",
            columns: table => new
            {
                Id = table.Identity(),
                Kind = table.Column<int>(nullable: false),
                CommunityId = table.Text(200),
                ChannelId = table.Text(200),
                Cron = table.Text(200),
                Description = table.Text(200),
                TimeZoneId = table.Text(100),
                ReminderOffsets = table.Text(200),
                CursorUtc = table.Instant(),
                NextEventUtc = table.Instant(nullable: true),
                State = table.Column<int>(nullable: false),
                PauseReason = table.Text(500, nullable: true),
                LastSentUtc = table.Instant(nullable: true),
                LastError = table.Text(500, nullable: true),
                Revision = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Schedules", x => x.Id));
        migrationBuilder.CreateIndex("IX_Schedules_State_NextEventUtc", "Schedules", ["State", "NextEventUtc"]);

        migrationBuilder.CreateTable(
            name: "Outbox",
            columns: table => new
            {
                Id = table.Identity(),
                OccurrenceKey = table.Text(200),
                ScheduleId = table.Column<long>(nullable: false),
                ChannelId = table.Text(200),
                ScheduledUtc = table.Instant(),
                Content = table.Column<string>(nullable: false),
                Status = table.Column<int>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptUtc = table.Instant(),
                LeaseToken = table.Column<Guid>(nullable: true),
                LeaseUntilUtc = table.Instant(nullable: true),
                SentUtc = table.Instant(nullable: true),
                Late = table.Column<bool>(nullable: false),
                LastError = table.Text(500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Outbox", x => x.Id));
        migrationBuilder.CreateIndex("IX_Outbox_OccurrenceKey", "Outbox", "OccurrenceKey", unique: true);
        migrationBuilder.CreateIndex("IX_Outbox_Status_NextAttemptUtc", "Outbox", ["Status", "NextAttemptUtc"]);
        migrationBuilder.CreateIndex("IX_Outbox_ScheduleId", "Outbox", "ScheduleId");

        CreateCircleTables(migrationBuilder);
        CreateExcerptTables(migrationBuilder);
        CreateQuizTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[]
        {
            "MemberQuizStats", "QuizAnswers", "QuizSessions", "ExcerptDeckCards", "ExcerptSubscriptions", "CircleRsvps",
            "CircleProgress", "CircleHistory", "Circles", "Outbox", "Schedules", "ReadingListItems", "ReadingLists", "CommunitySettings",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateCircleTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Circles",
            columns: table => new
            {
                Id = table.Identity(),
                CommunityId = table.Text(200),
                ScheduleId = table.Column<long>(nullable: false),
                ReadingListId = table.Column<long>(nullable: true),
                RoleId = table.Text(200, nullable: true),
                Position = table.Column<int>(nullable: false),
                CreatedUtc = table.Instant(),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Circles", x => x.Id);
                table.ForeignKey("FK_Circles_Schedules_ScheduleId", x => x.ScheduleId, "Schedules", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Circles_ReadingLists_ReadingListId", x => x.ReadingListId, "ReadingLists", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_Circles_CommunityId", "Circles", "CommunityId");
        migrationBuilder.CreateIndex("IX_Circles_ScheduleId", "Circles", "ScheduleId", unique: true);
        migrationBuilder.CreateIndex("IX_Circles_ReadingListId", "Circles", "ReadingListId");

        migrationBuilder.CreateTable(
            name: "CircleHistory",
            columns: table => new
            {
                Id = table.Identity(),
                CircleId = table.Column<long>(nullable: false),
                Position = table.Column<int>(nullable: false),
                DocumentSlug = table.Text(200),
                SectionIndex = table.Column<int>(nullable: true),
                AtUtc = table.Instant(),
                Outcome = table.Text(20),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CircleHistory", x => x.Id);
                table.ForeignKey("FK_CircleHistory_Circles_CircleId", x => x.CircleId, "Circles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CircleHistory_CircleId", "CircleHistory", "CircleId");

        migrationBuilder.CreateTable(
            name: "CircleProgress",
            columns: table => new
            {
                Id = table.Identity(),
                CircleId = table.Column<long>(nullable: false),
                Position = table.Column<int>(nullable: false),
                UserId = table.Text(200),
                UserName = table.Text(100),
                DoneUtc = table.Instant(),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CircleProgress", x => x.Id);
                table.ForeignKey("FK_CircleProgress_Circles_CircleId", x => x.CircleId, "Circles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CircleProgress_CircleId_Position_UserId", "CircleProgress", ["CircleId", "Position", "UserId"], unique: true);

        migrationBuilder.CreateTable(
            name: "CircleRsvps",
            columns: table => new
            {
                Id = table.Identity(),
                CircleId = table.Column<long>(nullable: false),
                MeetingUtc = table.Instant(),
                UserId = table.Text(200),
                UserName = table.Text(100),
                Attending = table.Column<bool>(nullable: false),
                AnsweredUtc = table.Instant(),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CircleRsvps", x => x.Id);
                table.ForeignKey("FK_CircleRsvps_Circles_CircleId", x => x.CircleId, "Circles", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_CircleRsvps_CircleId_MeetingUtc_UserId", "CircleRsvps", ["CircleId", "MeetingUtc", "UserId"], unique: true);
    }

    private static void CreateExcerptTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ExcerptSubscriptions",
            columns: table => new
            {
                Id = table.Identity(),
                CommunityId = table.Text(200),
                ChannelId = table.Text(200),
                ScheduleId = table.Column<long>(nullable: false),
                SourceKind = table.Column<int>(nullable: false),
                SourceRef = table.Text(200, nullable: true),
                SourceName = table.Text(200),
                CreatedUtc = table.Instant(),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExcerptSubscriptions", x => x.Id);
                table.ForeignKey("FK_ExcerptSubscriptions_Schedules_ScheduleId", x => x.ScheduleId, "Schedules", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ExcerptSubscriptions_ChannelId", "ExcerptSubscriptions", "ChannelId");
        migrationBuilder.CreateIndex("IX_ExcerptSubscriptions_ScheduleId", "ExcerptSubscriptions", "ScheduleId", unique: true);

        migrationBuilder.CreateTable(
            name: "ExcerptDeckCards",
            columns: table => new
            {
                Id = table.Identity(),
                ChannelId = table.Text(200),
                Round = table.Column<int>(nullable: false),
                CandidateKey = table.Text(200),
                PostedUtc = table.Instant(),
            },
            constraints: table => table.PrimaryKey("PK_ExcerptDeckCards", x => x.Id));
        migrationBuilder.CreateIndex("IX_ExcerptDeckCards_ChannelId_Round_CandidateKey", "ExcerptDeckCards", ["ChannelId", "Round", "CandidateKey"], unique: true);
    }

    private static void CreateQuizTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "QuizSessions",
            columns: table => new
            {
                Id = table.Identity(),
                CommunityId = table.Text(200),
                ChannelId = table.Text(200),
                DocumentSlug = table.Text(200, nullable: true),
                Kind = table.Text(20),
                QuestionCount = table.Column<int>(nullable: false),
                StartedUtc = table.Instant(),
                FinishedUtc = table.Instant(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_QuizSessions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "QuizAnswers",
            columns: table => new
            {
                Id = table.Identity(),
                QuizSessionId = table.Column<long>(nullable: false),
                QuestionIndex = table.Column<int>(nullable: false),
                UserId = table.Text(200),
                UserName = table.Text(100),
                Choice = table.Column<int>(nullable: false),
                Correct = table.Column<bool>(nullable: false),
                AnsweredUtc = table.Instant(),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuizAnswers", x => x.Id);
                table.ForeignKey("FK_QuizAnswers_QuizSessions_QuizSessionId", x => x.QuizSessionId, "QuizSessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_QuizAnswers_QuizSessionId_QuestionIndex_UserId", "QuizAnswers", ["QuizSessionId", "QuestionIndex", "UserId"], unique: true);

        migrationBuilder.CreateTable(
            name: "MemberQuizStats",
            columns: table => new
            {
                CommunityId = table.Text(200),
                UserId = table.Text(200),
                UserName = table.Text(100),
                QuizzesPlayed = table.Column<int>(nullable: false),
                QuestionsAnswered = table.Column<int>(nullable: false),
                CorrectAnswers = table.Column<int>(nullable: false),
                LastPlayedUtc = table.Instant(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MemberQuizStats", x => new { x.CommunityId, x.UserId }));
    }
}
