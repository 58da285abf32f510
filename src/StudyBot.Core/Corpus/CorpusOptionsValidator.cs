using Microsoft.Extensions.Options;

namespace StudyBot.Core.Corpus;

/// <summary>Rejects corpus options that would make the import fail late or read unbounded files.</summary>
public sealed class CorpusOptionsValidator : IValidateOptions<CorpusOptions>
{
    public ValidateOptionsResult Validate(string? name, CorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add($"{CorpusOptions.SectionName}:Folder must name the folder with the corpus files.");
        }
        else if (options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{CorpusOptions.SectionName}:Folder contains characters that are not allowed in a path.");
        }

        if (options.MaxFileBytes is < 1 or > CorpusOptions.LargestAllowedFileBytes)
        {
            failures.Add($"{CorpusOptions.SectionName}:MaxFileBytes must be between 1 and {CorpusOptions.LargestAllowedFileBytes} (was {options.MaxFileBytes}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
