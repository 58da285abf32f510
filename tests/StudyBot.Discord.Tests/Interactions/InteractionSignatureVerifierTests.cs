using System.Diagnostics;
using System.Text;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Tests.Interactions;

public sealed class InteractionSignatureVerifierTests
{
    // RFC 8032 section 7.1, TEST 2: the one-byte message 0x72 ("r").
    private const string Rfc8032PublicKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Rfc8032Signature = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    // RFC 8032 section 7.1, TEST 1: another key.
    private const string OtherPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public void Verify_Rfc8032Vector_AcceptsTimestampFollowedByBody()
    {
        var verifier = new InteractionSignatureVerifier(Rfc8032PublicKey);

        // The signed message is timestamp + body: "r" as the timestamp and an empty body is the vector's message.
        Assert.True(verifier.Verify(Rfc8032Signature, "r", []));
        Assert.True(verifier.Verify(Rfc8032Signature.ToUpperInvariant(), "r", []));
    }

    [Theory]
    [InlineData(OtherPublicKey, Rfc8032Signature, "r", "")]
    [InlineData(Rfc8032PublicKey, Rfc8032Signature, "r", " ")]
    [InlineData(Rfc8032PublicKey, Rfc8032Signature, "s", "")]
    [InlineData(Rfc8032PublicKey, "02a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00", "r", "")]
    [InlineData(Rfc8032PublicKey, "92a009a9", "r", "")]
    [InlineData(Rfc8032PublicKey, "zz" + "a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00", "r", "")]
    [InlineData(Rfc8032PublicKey, null, "r", "")]
    [InlineData(Rfc8032PublicKey, Rfc8032Signature, null, "r")]
    public void Verify_AnythingChangedOrMissing_Rejects(string publicKey, string? signature, string? timestamp, string body)
    {
        var verifier = new InteractionSignatureVerifier(publicKey);

        Assert.False(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_RequestSignedWithOpenssl_AcceptsItAndRejectsAnotherBody()
    {
        var folder = Directory.CreateTempSubdirectory("studybot-ed25519-");
        try
        {
            var key = Path.Combine(folder.FullName, "key.pem");
            var message = Path.Combine(folder.FullName, "message.bin");
            const string timestamp = "1764600000";
            const string body = """{"type":1,"id":"123","token":"t"}""";
            File.WriteAllBytes(message, Encoding.UTF8.GetBytes(timestamp + body));
            Openssl($"genpkey -algorithm ed25519 -out {key}");
            var signature = Convert.ToHexStringLower(Openssl($"pkeyutl -sign -rawin -inkey {key} -in {message}"));
            var publicKey = Convert.ToHexStringLower(Openssl($"pkey -in {key} -pubout -outform DER")[^32..]);
            var verifier = new InteractionSignatureVerifier(publicKey);

            Assert.True(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body)));
            Assert.False(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body.Replace("123", "124", StringComparison.Ordinal))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Openssl(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("openssl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"openssl {arguments} failed: {process.StandardError.ReadToEnd()}");
        return output.ToArray();
    }
}
