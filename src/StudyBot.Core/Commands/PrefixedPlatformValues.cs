using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Commands;

/// <summary>
/// Values for a front door where names are ids (the terminal): a channel name gets the platform prefix
/// ("terminal" becomes "terminal:terminal"); users and roles stay as typed.
/// </summary>
public sealed class PrefixedPlatformValues : IPlatformValues
{
    public static PrefixedPlatformValues Instance { get; } = new();

    public ValueTask<string> ResolveAsync(CommandOption declared, string typed, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(declared.Kind == OptionKind.Channel ? ChannelIds.Qualify(context.Platform, typed) : typed.Trim());
    }

    public string DescribeRole(string role, Language language) => ReplyLabels.RoleName.Format(language, role);
}
