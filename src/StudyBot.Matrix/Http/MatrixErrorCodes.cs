namespace StudyBot.Matrix.Http;

/// <summary>The spec's <c>errcode</c> values the client acts on.</summary>
internal static class MatrixErrorCodes
{
    public const string UnknownToken = "M_UNKNOWN_TOKEN";
    public const string UserLocked = "M_USER_LOCKED";
    public const string UserSuspended = "M_USER_SUSPENDED";
    public const string LimitExceeded = "M_LIMIT_EXCEEDED";
    public const string DuplicateAnnotation = "M_DUPLICATE_ANNOTATION";
    public const string ResourceLimitExceeded = "M_RESOURCE_LIMIT_EXCEEDED";
}
