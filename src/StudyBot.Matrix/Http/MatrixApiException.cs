using System.Net;

namespace StudyBot.Matrix.Http;

/// <summary>A request the homeserver refused with a Matrix error (<c>errcode</c>) that retrying will not fix.</summary>
/// <remarks>The message carries the status, the errcode and the server's short error text; never a token.</remarks>
public sealed class MatrixApiException : Exception
{
    public MatrixApiException(HttpStatusCode status, string errorCode, string? error, bool softLogout = false)
        : base($"Matrix request failed: {(int)status} {errorCode}{(string.IsNullOrEmpty(error) ? "" : ": " + error)}")
    {
        Status = status;
        ErrorCode = errorCode;
        SoftLogout = softLogout;
    }

    public MatrixApiException()
    {
        ErrorCode = "M_UNKNOWN";
    }

    public MatrixApiException(string message)
        : base(message)
    {
        ErrorCode = "M_UNKNOWN";
    }

    public MatrixApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "M_UNKNOWN";
    }

    public HttpStatusCode Status { get; }

    public string ErrorCode { get; }

    public bool SoftLogout { get; }

    /// <summary>Whom the homeserver says to contact (<c>admin_contact</c> of <c>M_RESOURCE_LIMIT_EXCEEDED</c>), when it says.</summary>
    public string? AdminContact { get; init; }

    /// <summary>The account's token is gone and could not be renewed: only the operator can help.</summary>
    public bool AccountUnusable => ErrorCode is MatrixErrorCodes.UnknownToken;

    /// <summary>The homeserver's admins or limits hold the account back for now (locked, suspended, over a resource limit); it may work again later.</summary>
    public bool AccountRestricted =>
        ErrorCode is MatrixErrorCodes.UserLocked or MatrixErrorCodes.UserSuspended or MatrixErrorCodes.ResourceLimitExceeded;
}
