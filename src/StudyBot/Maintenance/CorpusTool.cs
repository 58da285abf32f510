using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Corpus;

namespace StudyBot.Maintenance;

/// <summary>
/// <c>corpus list</c> and <c>corpus show &lt;doc&gt; [--section N]</c>: what the corpus engine made of the
/// corpus folder, for maintainers checking an import; <c>corpus sample</c>: what members would be served from it.
/// </summary>
internal static class CorpusTool
{
    public static Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error) => args switch
    {
        ["list"] => ListAsync(services.GetRequiredService<CorpusLibrary>(), output),
        ["show", .. var rest] => ShowAsync(services.GetRequiredService<CorpusLibrary>(), rest, output, error),
        ["sample", .. var rest] => SampleTool.RunAsync(rest, services, output, error),
        _ => UsageAsync(error),
    };

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync("Usage: corpus list | corpus show <document> [--section N] | corpus sample [--quotes N] [--quiz N] [--summaries N] [--seed N] | corpus segment [--lang xx] [--jsonl]").ConfigureAwait(false);
        return 2;
    }

    private static async Task<int> ListAsync(CorpusLibrary library, TextWriter output)
    {
        foreach (var document in library.Documents)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{document.Slug}\t{document.Language.Code}\t{document.WordCount} words\t{document.Sections.Count} sections\t{document.Title}")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<int> ShowAsync(CorpusLibrary library, string[] args, TextWriter output, TextWriter error)
    {
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var document = library.Find(name);
        if (document is null)
        {
            await error.WriteLineAsync($"Unknown document '{name}'. Known documents: {string.Join(", ", library.Documents.Select(d => d.Slug))}.").ConfigureAwait(false);
            return 2;
        }

        var sections = document.Sections;
        var sectionIndex = Array.IndexOf(args, "--section");
        if (sectionIndex >= 0)
        {
            var value = sectionIndex + 1 < args.Length ? args[sectionIndex + 1] : string.Empty;
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > sections.Count)
            {
                await error.WriteLineAsync($"--section needs a number from 1 to {sections.Count}.").ConfigureAwait(false);
                return 2;
            }

            sections = [sections[number - 1]];
        }

        foreach (var section in sections)
        {
            await output.WriteLineAsync($"## {section.Index + 1}. {section.Title}").ConfigureAwait(false);
            foreach (var block in section.Blocks)
            {
                var marker = block.Kind == BlockKind.Paragraph ? string.Empty : $"[{block.Kind}] ";
                await output.WriteLineAsync(marker + block.Text).ConfigureAwait(false);
                await output.WriteLineAsync().ConfigureAwait(false);
            }
        }

        return 0;
    }
}
