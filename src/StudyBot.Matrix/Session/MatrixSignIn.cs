using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Session;

/// <summary>
/// Starts the session (homeserver, token, whoami) and renews it after a soft logout. A password login happens once:
/// its token and device id are kept in the store and reused on every later start, and a renewed login keeps the
/// device, because transaction ids are scoped to it.
/// </summary>
internal sealed partial class MatrixSignIn(
    MatrixClient client,
    MatrixSession session,
    IPlatformStateStore store,
    IOptions<MatrixOptions> options,
    ILogger<MatrixSignIn> logger) : IDisposable
{
    private readonly SemaphoreSlim renewing = new(1, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        session.Homeserver = await ResolveHomeserverAsync(settings, cancellationToken).ConfigureAwait(false);
        var versions = await client.GetVersionsAsync(cancellationToken).ConfigureAwait(false);
        SupportsStateAfter = versions.Any(v => IsAtLeast(v, 1, 16));

        if (!string.IsNullOrWhiteSpace(settings.AccessToken))
        {
            session.AccessToken = settings.AccessToken;
        }
        else
        {
            var storedUser = await store.GetAsync(MatrixStateKeys.LoginUser, cancellationToken).ConfigureAwait(false);
            var storedToken = await store.GetAsync(MatrixStateKeys.AccessToken, cancellationToken).ConfigureAwait(false);
            if (storedToken is not null && storedUser == settings.User)
            {
                session.AccessToken = storedToken;
            }
            else
            {
                await LogInAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        (string UserId, string? DeviceId) me;
        try
        {
            me = await client.WhoAmIAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (MatrixApiException exception) when (exception.ErrorCode == MatrixErrorCodes.UnknownToken && CanLogIn && string.IsNullOrWhiteSpace(settings.AccessToken))
        {
            // The stored token was revoked while the bot was away: one new login, on the same device.
            LogStoredTokenRejected(logger);
            await LogInAsync(cancellationToken).ConfigureAwait(false);
            me = await client.WhoAmIAsync(cancellationToken).ConfigureAwait(false);
        }

        session.UserId = me.UserId;
        session.DeviceId = me.DeviceId ?? session.DeviceId;
        LogStarted(logger, me.UserId, me.DeviceId, session.Homeserver, SupportsStateAfter);
    }

    /// <summary>Whether the server offers <c>use_state_after</c> on <c>/sync</c> (spec v1.16).</summary>
    public bool SupportsStateAfter { get; private set; }

    private bool CanLogIn => !string.IsNullOrWhiteSpace(options.Value.User) && !string.IsNullOrEmpty(options.Value.Password);

    /// <summary>
    /// Gets a new token after a soft logout of <paramref name="staleToken"/>: a refresh when a refresh token is held,
    /// else a login on the same device when a password is configured. False when neither is possible; the caller then
    /// sees the original 401 and stops.
    /// </summary>
    public async Task<bool> RenewAsync(string staleToken, CancellationToken cancellationToken)
    {
        await renewing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (session.AccessToken != staleToken)
            {
                return true; // another request already renewed it
            }

            var refreshToken = await store.GetAsync(MatrixStateKeys.RefreshToken, cancellationToken).ConfigureAwait(false);
            if (refreshToken is not null)
            {
                try
                {
                    var refreshed = await client.RefreshAsync(refreshToken, cancellationToken).ConfigureAwait(false);
                    await KeepAsync(refreshed, cancellationToken).ConfigureAwait(false);
                    LogRenewed(logger, "refresh");
                    return true;
                }
                catch (MatrixApiException exception)
                {
                    LogRefreshFailed(logger, exception.ErrorCode);
                    await store.RemoveAsync(MatrixStateKeys.RefreshToken, cancellationToken).ConfigureAwait(false);
                }
            }

            if (!CanLogIn)
            {
                LogCannotRenew(logger);
                return false;
            }

            await LogInAsync(cancellationToken).ConfigureAwait(false);
            LogRenewed(logger, "login");
            return true;
        }
        finally
        {
            renewing.Release();
        }
    }

    private async Task LogInAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deviceId = session.DeviceId ?? await store.GetAsync(MatrixStateKeys.DeviceId, cancellationToken).ConfigureAwait(false);
        var result = await client.LoginAsync(settings.User!, settings.Password!, deviceId, cancellationToken).ConfigureAwait(false);
        await store.SetAsync(MatrixStateKeys.LoginUser, settings.User!, cancellationToken).ConfigureAwait(false);
        await KeepAsync(result, cancellationToken).ConfigureAwait(false);
        LogLoggedIn(logger, result.UserId, result.DeviceId);
    }

    private async Task KeepAsync(LoginResult result, CancellationToken cancellationToken)
    {
        await store.SetAsync(MatrixStateKeys.AccessToken, result.AccessToken, cancellationToken).ConfigureAwait(false);
        if (result.RefreshToken is not null)
        {
            await store.SetAsync(MatrixStateKeys.RefreshToken, result.RefreshToken, cancellationToken).ConfigureAwait(false);
        }

        if (result.DeviceId is not null)
        {
            await store.SetAsync(MatrixStateKeys.DeviceId, result.DeviceId, cancellationToken).ConfigureAwait(false);
            session.DeviceId = result.DeviceId;
        }

        session.AccessToken = result.AccessToken;
    }

    private async Task<Uri> ResolveHomeserverAsync(MatrixOptions settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.Homeserver))
        {
            return WithTrailingSlash(new Uri(settings.Homeserver));
        }

        var discovered = await client.DiscoverAsync(settings.ServerName!, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"{MatrixOptions.SectionName}:ServerName {settings.ServerName} names no homeserver in /.well-known/matrix/client; set Homeserver instead.");
        return WithTrailingSlash(discovered);
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    /// <summary>Whether a spec version string such as "v1.16" is at least major.minor.</summary>
    internal static bool IsAtLeast(string version, int major, int minor)
    {
        var parts = version.TrimStart('v', 'r').Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var ma) && int.TryParse(parts[1], out var mi)
            && (ma > major || (ma == major && mi >= minor));
    }

    public void Dispose() => renewing.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Matrix session started as {UserId} (device {DeviceId}) on {Homeserver}; state_after: {StateAfter}")]
    private static partial void LogStarted(ILogger logger, string userId, string? deviceId, Uri homeserver, bool stateAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in to Matrix as {UserId} (device {DeviceId}); the token is kept for later starts")]
    private static partial void LogLoggedIn(ILogger logger, string? userId, string? deviceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored Matrix access token was rejected; logging in again on the same device")]
    private static partial void LogStoredTokenRejected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The homeserver logged the bot out softly; the session was renewed by {How}")]
    private static partial void LogRenewed(ILogger logger, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the Matrix token failed ({ErrorCode}); trying a password login")]
    private static partial void LogRefreshFailed(ILogger logger, string errorCode);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The homeserver logged the bot out and no password is configured to log in again; set a new StudyBot:Matrix:AccessToken")]
    private static partial void LogCannotRenew(ILogger logger);
}
