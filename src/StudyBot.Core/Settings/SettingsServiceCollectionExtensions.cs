using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>Registers the per-community settings store and the /settings commands.</summary>
    /// <remarks>
    /// Needs <c>AddStorage</c>. Front doors read <see cref="CommunitySettingsStore"/> to add the configured
    /// moderator role to the platform's own rule, and features read it for the display time zone and language.
    /// </remarks>
    public static IServiceCollection AddCommunitySettings(this IServiceCollection services)
    {
        services.TryAddSingleton<CommunitySettingsStore>();
        services.TryAddSingleton<CommandContextBuilder>();
        return services.AddCommand<SettingsModeratorRoleCommand>()
            .AddCommand<SettingsTimeZoneCommand>()
            .AddCommand<SettingsLanguageCommand>()
            .AddCommand<SettingsShowCommand>();
    }
}
