using System.Text.Json;
using StudyBot.Maintenance;

namespace StudyBot.Tests.Maintenance;

public class SegmentToolTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await SegmentTool.RunAsync(args, new StringReader(input), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Jsonl_turns_each_json_string_into_a_json_array_of_sentences()
    {
        var input = JsonSerializer.Serialize("Dr. Jansen kwam om 9 uur. Hij bleef.") + "\n" + JsonSerializer.Serialize("Één zin.") + "\n";

        var (code, output, _) = await RunAsync(input, "--jsonl", "--lang", "nl");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Dr. Jansen kwam om 9 uur.", "Hij bleef."], JsonSerializer.Deserialize<string[]>(lines[0])!);
        Assert.Equal("[\"Één zin.\"]", lines[1]);
    }

    [Fact]
    public async Task Plain_input_prints_one_sentence_per_line()
    {
        var (_, output, _) = await RunAsync("The meeting began at 9 p.m. on Friday. Everyone came.");

        Assert.Equal($"The meeting began at 9 p.m. on Friday.{Environment.NewLine}Everyone came.{Environment.NewLine}", output);
    }

    [Fact]
    public async Task A_line_that_is_not_a_json_string_is_reported_by_number()
    {
        var (code, _, error) = await RunAsync("\"ok.\"\n{not json}\n", "--jsonl");

        Assert.Equal(1, code);
        Assert.Contains("Line 2 is not a JSON string", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_language_is_refused_with_the_supported_ones()
    {
        var (code, _, error) = await RunAsync("x", "--lang", "xx");

        Assert.Equal(2, code);
        Assert.Contains("--lang needs one of: en, nl", error, StringComparison.Ordinal);
    }
}
