using System.Text;
using NSec.Cryptography;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature of an HTTP interaction: <c>X-Signature-Ed25519</c> over the
/// <c>X-Signature-Timestamp</c> bytes followed by the raw body, with the application's public key.
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private const int SignatureBytes = 64;

    private readonly PublicKey _publicKey;

    /// <param name="publicKeyHex">The application's public key: 32 bytes as 64 hexadecimal characters.</param>
    public InteractionSignatureVerifier(string publicKeyHex)
    {
        ArgumentNullException.ThrowIfNull(publicKeyHex);
        _publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    /// <summary>True only for a well-formed signature that matches; anything missing or malformed is false.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is null || signatureHex.Length != SignatureBytes * 2 || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var timestampByteCount = Encoding.UTF8.GetByteCount(timestamp);
        var message = new byte[timestampByteCount + body.Length];
        Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestampByteCount));
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, message, signature);
    }
}
