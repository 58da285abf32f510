using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Settings;

/// <summary>A front door whose roles are typed as mentions <c>&lt;@&amp;id&gt;</c>, as a Discord adapter would resolve them.</summary>
internal sealed class RoleMentionValues : IPlatformValues
{
    public ValueTask<string> ResolveAsync(CommandOption declared, string typed, CommandContext context, CancellationToken cancellationToken) =>
        declared.Kind == OptionKind.Role
            ? ValueTask.FromResult(typed.StartsWith("<@&", StringComparison.Ordinal) && typed.EndsWith('>')
                ? typed[3..^1]
                : throw new CommandException($"Option '{declared.Name}' got '{typed}'; expected a role of this server."))
            : PrefixedPlatformValues.Instance.ResolveAsync(declared, typed, context, cancellationToken);

    public string DescribeRole(string role, Language language) => "role #" + role;
}
