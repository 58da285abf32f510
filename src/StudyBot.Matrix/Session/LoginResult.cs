namespace StudyBot.Matrix.Session;

/// <summary>What a login or a token refresh returned.</summary>
internal sealed record LoginResult(string AccessToken, string? RefreshToken, string? UserId, string? DeviceId)
{
    public override string ToString() => $"LoginResult {{ UserId = {UserId}, DeviceId = {DeviceId} }}";
}
