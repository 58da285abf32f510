using System.Text.Encodings.Web;
using System.Text.Json;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Maintenance;

/// <summary>
/// <c>corpus segment [--lang xx] [--jsonl]</c>: standard input to sentences, so that segmentation can be
/// scored against public test sets.
/// </summary>
internal static class SegmentTool
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        var jsonl = args.Contains("--jsonl");
        var languageIndex = args.ToList().IndexOf("--lang");
        var language = Language.English;
        if (languageIndex >= 0)
        {
            var code = languageIndex + 1 < args.Count ? args[languageIndex + 1] : null;
            if (Language.FromCode(code) is not { } chosen)
            {
                await error.WriteLineAsync($"--lang needs one of: {string.Join(", ", Language.Supported)}.").ConfigureAwait(false);
                return 2;
            }

            language = chosen;
        }

        var segmenter = new SentenceSegmenter();
        if (!jsonl)
        {
            foreach (var sentence in segmenter.Split(await input.ReadToEndAsync().ConfigureAwait(false), language))
            {
                await output.WriteLineAsync(sentence).ConfigureAwait(false);
            }

            return 0;
        }

        var lineNumber = 0;
        while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? text;
            try
            {
                text = JsonSerializer.Deserialize<string>(line);
            }
            catch (JsonException)
            {
                text = null;
            }

            if (text is null)
            {
                await error.WriteLineAsync($"Line {lineNumber} is not a JSON string.").ConfigureAwait(false);
                return 1;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(segmenter.Split(text, language), Json)).ConfigureAwait(false);
        }

        return 0;
    }
}
