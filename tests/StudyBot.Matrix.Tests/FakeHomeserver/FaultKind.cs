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

    /// <summary>401 M_USER_LOCKED from now on, until <see cref="FakeMatrixServer.Unlock"/>.</summary>
    LockAccount,

    /// <summary>403 M_RESOURCE_LIMIT_EXCEEDED with an <c>admin_contact</c>, as a homeserver over its monthly active users answers.</summary>
    ResourceLimitExceeded,

    /// <summary>The request is received and never answered, until the client gives up on it (a process stopping mid-send).</summary>
    StallBeforeHandling,

    /// <summary>The request is handled, then never answered, until the client gives up on it: the event exists, the client cannot know.</summary>
    StallAfterHandling,
}
