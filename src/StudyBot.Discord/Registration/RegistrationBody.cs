using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StudyBot.Core.Commands;

namespace StudyBot.Discord.Registration;

/// <summary>
/// The exact body of Discord's bulk overwrite (<c>PUT /applications/{id}/commands</c>) and a stable hash of it,
/// so the adapter registers commands only when the catalog changed.
/// </summary>
/// <param name="Json">The body, serialised the same way every time.</param>
/// <param name="Hash">Lower-case hex SHA-256 of <paramref name="Json"/>'s UTF-8 bytes.</param>
public sealed record RegistrationBody(string Json, string Hash)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static RegistrationBody Of(CommandCatalog catalog)
    {
        var json = ApplicationCommandMapper.Map(catalog).ToJsonString(Indented);
        return new RegistrationBody(json, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }
}
