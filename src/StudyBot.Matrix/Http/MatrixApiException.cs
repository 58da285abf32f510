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

    /// <summary>The account can no longer act: its token is gone and could not be renewed, or the server admins locked it.</summary>
    public bool AccountUnusable =>
        ErrorCode is MatrixErrorCodes.UserLocked or MatrixErrorCodes.UnknownToken;
}
