using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Session;

/// <summary>
/// Tells the operator, once each time it starts and once when it ends, that the homeserver holds the bot's account
/// back: locked by its admins (nothing works, the token stays valid), suspended (rooms can be read, nothing sent), or
/// over a resource limit such as monthly active users (its admin must act). Each is reversible, so the bot waits
/// rather than stopping.
/// </summary>
internal sealed partial class AccountRestrictions(IOptions<MatrixOptions> options, ILogger<AccountRestrictions> logger)
{
    private readonly Lock gate = new();
    private string? current;

    /// <summary>Reports <paramref name="exception"/> when it is a restriction not reported yet; false when it is none.</summary>
    public bool Report(MatrixApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!exception.AccountRestricted)
        {
            return false;
        }

        lock (gate)
        {
            if (current == exception.ErrorCode)
            {
                return true;
            }

            current = exception.ErrorCode;
        }

        var error = exception.Message;
        switch (exception.ErrorCode)
        {
            case MatrixErrorCodes.UserLocked:
                LogLocked(logger, error, options.Value.MaxRetryDelay);
                break;
            case MatrixErrorCodes.UserSuspended:
                LogSuspended(logger, error);
                break;
            default:
                LogResourceLimit(logger, error, exception.AdminContact ?? "not given");
                break;
        }

        return true;
    }

    /// <summary>A request went through: a reported restriction has ended, except a suspension, which only a send can show.</summary>
    /// <param name="wasSend">Whether the request sent an event.</param>
    public void Succeeded(bool wasSend)
    {
        string? ended;
        lock (gate)
        {
            if (current is null || (current == MatrixErrorCodes.UserSuspended && !wasSend))
            {
                return;
            }

            ended = current;
            current = null;
        }

        LogLifted(logger, ended);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The homeserver's admins locked the bot's Matrix account ({Error}): nothing is read or sent until they unlock it. The bot keeps its token and tries again every {Wait}")]
    private static partial void LogLocked(ILogger logger, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot's Matrix account is suspended ({Error}): it still reads its rooms but cannot send replies or posts until the homeserver's admins lift the suspension")]
    private static partial void LogSuspended(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The homeserver is over a resource limit ({Error}): its requests fail until its admin raises the limit; admin contact: {AdminContact}")]
    private static partial void LogResourceLimit(ILogger logger, string error, string adminContact);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The homeserver serves the bot's Matrix account again ({ErrorCode} is over)")]
    private static partial void LogLifted(ILogger logger, string errorCode);
}
