namespace StudyBot.Matrix.Http;

/// <summary>Per-request settings the handlers read: no token (login), a longer attempt timeout (long poll), fewer tries.</summary>
internal static class MatrixRequest
{
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("matrix.anonymous");

    public static readonly HttpRequestOptionsKey<TimeSpan> AttemptTimeout = new("matrix.attempt-timeout");

    public static readonly HttpRequestOptionsKey<int> MaxAttempts = new("matrix.max-attempts");

    /// <summary>An ordinary request gets a reply within this; a long poll adds its own timeout to it.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(60);
}
