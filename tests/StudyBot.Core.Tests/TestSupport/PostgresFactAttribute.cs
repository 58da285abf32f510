namespace StudyBot.Core.Tests.TestSupport;

/// <summary>A test that needs a PostgreSQL server; skipped, saying why, when STUDYBOT_TEST_POSTGRES is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "STUDYBOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"PostgreSQL tests need {Variable} (e.g. Host=127.0.0.1;Username=studybot;Password=studybot;Database=postgres); run .ci/install-postgres.sh.";
        }
    }
}
