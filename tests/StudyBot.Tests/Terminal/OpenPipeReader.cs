using System.Threading.Channels;

namespace StudyBot.Tests.Terminal;

/// <summary>Standard input that stays open: lines arrive when the test writes them, end of input when it completes.</summary>
internal sealed class OpenPipeReader : TextReader
{
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    public void WriteLine(string line) => lines.Writer.TryWrite(line);

    public void Close(bool endOfInput) => lines.Writer.TryComplete();

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await lines.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && lines.Reader.TryRead(out var line) ? line : null;
}
