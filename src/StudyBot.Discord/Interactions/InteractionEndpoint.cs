using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// <c>POST /interactions</c>: verifies Discord's signature (401 otherwise, as Discord's probes expect), answers PING,
/// and hands every other interaction to the same router as the gateway. The handler's first answer goes back inline
/// when it comes in time; otherwise the endpoint answers 202 and the handler's answer takes the REST callback.
/// </summary>
internal sealed partial class InteractionEndpoint
{
    /// <summary>Discord's requests are small; a larger body is refused before it is read whole.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>How long the request waits for an inline answer; Discord allows 3 seconds in all.</summary>
    public static readonly TimeSpan InlineWait = TimeSpan.FromSeconds(2.5);

    private readonly InteractionSignatureVerifier _verifier;
    private readonly InteractionRouter _router;
    private readonly DiscordRestClient _rest;
    private readonly TimeProvider _timeProvider;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<InteractionEndpoint> _logger;

    public InteractionEndpoint(
        IOptions<DiscordOptions> options,
        InteractionRouter router,
        DiscordRestClient rest,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<InteractionEndpoint> logger)
    {
        _verifier = new InteractionSignatureVerifier(options.Value.PublicKey!);
        _router = router;
        _rest = rest;
        _timeProvider = timeProvider;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            LogRejected(_logger, "body too large");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(_logger, "body too large");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!_verifier.Verify(request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], body))
        {
            LogRejected(_logger, "missing or bad signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = _router.Read(document.RootElement);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type == InteractionType.Ping)
        {
            await WriteAsync(context, InteractionResponse.Pong).ConfigureAwait(false);
            return;
        }

        var responder = new InlineInteractionResponder(new RestInteractionResponder(_rest, interaction));
        // The handler outlives this request when it answers late, so it runs on the application's lifetime.
        var routing = _router.RouteAsync(interaction, responder, _lifetime.ApplicationStopping);
        var timeout = Task.Delay(InlineWait, _timeProvider, context.RequestAborted);
        await Task.WhenAny(responder.Inline, routing, timeout).ConfigureAwait(false);
        if (responder.Close())
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        await WriteAsync(context, await responder.Inline.ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Task WriteAsync(HttpContext context, InteractionResponse response)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        return context.Response.WriteAsJsonAsync(response, DiscordJson.Options, context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to /interactions: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
