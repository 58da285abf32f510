using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>
/// Turns what a user typed or picked for a channel, user or role option into the platform's id, before
/// options are bound, so that Core never parses platform syntax (mentions, room aliases, power levels).
/// Each front door implements it; <see cref="PrefixedPlatformValues"/> serves front doors whose names are ids.
/// </summary>
public interface IPlatformValues
{
    /// <summary>
    /// The platform-qualified id of a channel or user, or the stored form of a role, for a typed value.
    /// Throws <see cref="CommandException"/> naming the option and what is allowed when nothing matches.
    /// </summary>
    ValueTask<string> ResolveAsync(CommandOption declared, string typed, CommandContext context, CancellationToken cancellationToken);

    /// <summary>How a stored role reads in a reply in <paramref name="language"/>, e.g. "Organisers" or "power level 50".</summary>
    string DescribeRole(string role, Language language);
}
