using System.Net;
using System.Text.Json;

namespace StudyBot.Matrix.Http;

/// <summary>The standard error body (<c>{"errcode": ..., "error": ...}</c>) of a refused request, read leniently.</summary>
internal sealed record MatrixError(HttpStatusCode Status, string ErrorCode, string? Message, bool SoftLogout, TimeSpan? RetryAfter, string? AdminContact = null)
{
    public static async Task<MatrixError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new MatrixError(
                    response.StatusCode,
                    Json.String(root, "errcode") ?? "M_UNKNOWN",
                    Truncate(Json.String(root, "error")),
                    root.TryGetProperty("soft_logout", out var soft) && soft.ValueKind == JsonValueKind.True,
                    Json.Long(root, "retry_after_ms") is { } ms and >= 0 ? TimeSpan.FromMilliseconds(ms) : null,
                    Truncate(Json.String(root, "admin_contact")));
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML error page: the status alone says what happened.
        }

        return new MatrixError(response.StatusCode, "M_UNKNOWN", null, false, null);
    }

    public MatrixApiException ToException() => new(Status, ErrorCode, Message, SoftLogout) { AdminContact = AdminContact };

    private static string? Truncate(string? text) => text is { Length: > 200 } ? text[..200] : text;
}
