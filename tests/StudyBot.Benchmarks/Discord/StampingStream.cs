using System.Text;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// A connection of the bot's Discord HTTP client, seen as it writes: notes when each request's first bytes go to the
/// socket. Stamped any earlier, a request that waited for a free connection would look sent while it waited.
/// </summary>
internal sealed class StampingStream(Stream inner, InBotStamps stamps) : Stream
{
    private static readonly byte[] Post = Encoding.ASCII.GetBytes("POST ");

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count)
    {
        Stamp(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Stamp(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A write that starts a POST holds its request line: "POST /api/v10/interactions/{id}/{token}/callback HTTP/1.1".</summary>
    private void Stamp(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(Post))
        {
            return;
        }

        var line = written[Post.Length..];
        var end = line.IndexOf((byte)' ');
        if (end > 0)
        {
            stamps.Sent(Encoding.ASCII.GetString(line[..end]));
        }
    }
}
