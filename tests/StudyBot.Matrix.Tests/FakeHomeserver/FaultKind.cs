namespace StudyBot.Matrix.Tests.FakeHomeserver;

/// <summary>Trouble the fake server can cause on a matching request.</summary>
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c> in seconds.</summary>
    RateLimitedRetryAfterSeconds,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date.</summary>
    RateLimitedRetryAfterDate,

    /// <summary>429 with only <c>retry_after_ms</c> in the body, as older Synapse sends.</summary>
    RateLimitedBodyHint,

    /// <summary>502 before doing anything.</summary>
    ServerError,

    /// <summary>The connection is dropped before the request is handled.</summary>
    DropBeforeHandling,

    /// <summary>The request is handled, then the connection dropped before the answer: the client cannot know it worked.</summary>
    DropAfterHandling,

    /// <summary>The caller's token is soft-logged-out: 401 M_UNKNOWN_TOKEN with soft_logout.</summary>
    SoftLogout,

    /// <summary>401 M_USER_LOCKED from now on.</summary>
    LockAccount,
}
