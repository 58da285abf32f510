namespace StudyBot.Matrix.Session;

/// <summary>Keys of the values the Matrix client keeps in the platform state store.</summary>
internal static class MatrixStateKeys
{
    public const string AccessToken = "matrix:access-token";
    public const string RefreshToken = "matrix:refresh-token";
    public const string DeviceId = "matrix:device-id";

    /// <summary>Whose token is stored: a changed <see cref="MatrixOptions.User"/> needs a new login.</summary>
    public const string LoginUser = "matrix:login-user";
    public const string Since = "matrix:since";
    public const string Filter = "matrix:filter";

    /// <summary>Transaction ids that earlier versions stored per send; now derived from the message, they only expire.</summary>
    public const string TransactionPrefix = "matrix:txn:";
}
