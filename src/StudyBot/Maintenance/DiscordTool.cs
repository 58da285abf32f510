using StudyBot.Core.Commands;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Registration;

namespace StudyBot.Maintenance;

/// <summary>
/// <c>discord commands --json</c>: the exact bulk-overwrite body the Discord adapter registers, for checking it
/// against Discord's OpenAPI description; <c>discord commands --hash</c>: the hash the adapter compares;
/// <c>discord invite-url &lt;application-id&gt;</c>: the link that adds the bot with exactly the permissions it uses.
/// </summary>
internal static class DiscordTool
{
    public static async Task<int> RunAsync(string[] args, Func<CommandCatalog> catalog, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        switch (args)
        {
            case ["commands", "--json"]:
                await output.WriteLineAsync(RegistrationBody.Of(catalog()).Json).ConfigureAwait(false);
                return 0;
            case ["commands", "--hash"]:
                await output.WriteLineAsync(RegistrationBody.Of(catalog()).Hash).ConfigureAwait(false);
                return 0;
            case ["invite-url", var applicationId]:
                if (DiscordInvite.UrlFor(applicationId) is not { } url)
                {
                    await error.WriteLineAsync("The application id must be the 17 to 20 digits shown under General Information in Discord's developer portal.").ConfigureAwait(false);
                    return 2;
                }

                await output.WriteLineAsync(url.AbsoluteUri).ConfigureAwait(false);
                return 0;
            default:
                await error.WriteLineAsync("Usage: discord commands --json | discord commands --hash | discord invite-url <application-id>").ConfigureAwait(false);
                return 2;
        }
    }
}
