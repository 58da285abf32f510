namespace StudyBot.Matrix.Session;

/// <summary>Who the bot is on which homeserver right now; filled at start and after a renewed login.</summary>
internal sealed class MatrixSession
{
    private readonly Lock gate = new();
    private Uri? homeserver;
    private string? accessToken;
    private string? userId;
    private string? deviceId;

    public Uri Homeserver
    {
        get { lock (gate) { return homeserver ?? throw new InvalidOperationException("The Matrix session has not started."); } }
        set { lock (gate) { homeserver = value; } }
    }

    public string? AccessToken
    {
        get { lock (gate) { return accessToken; } }
        set { lock (gate) { accessToken = value; } }
    }

    public string UserId
    {
        get { lock (gate) { return userId ?? throw new InvalidOperationException("The Matrix session has not started."); } }
        set { lock (gate) { userId = value; } }
    }

    public string? DeviceId
    {
        get { lock (gate) { return deviceId; } }
        set { lock (gate) { deviceId = value; } }
    }

    public override string ToString() => $"{userId} ({deviceId}) on {homeserver}";
}
