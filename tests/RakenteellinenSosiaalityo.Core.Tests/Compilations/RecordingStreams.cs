using System.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>A write-only stream that keeps what is written and how: the number of writes and the largest one.</summary>
internal sealed class RecordingStream : Stream
{
    private readonly MemoryStream written = new();

    public int Writes { get; private set; }

    public int LargestWrite { get; private set; }

    public byte[] Bytes => written.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => written.Length;

    public override long Position { get => written.Length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Writes++;
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        written.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>A read-only stream that hands its bytes out in chunks of random sizes (1 to <c>maxChunk</c>), as a network would.</summary>
internal sealed class TrickleStream(byte[] bytes, int seed, int maxChunk) : Stream
{
    private readonly Random random = new(seed);
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, bytes.Length - position), random.Next(1, maxChunk + 1));
        bytes.AsSpan(position, n).CopyTo(buffer.AsSpan(offset));
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A text writer that keeps what is written and the largest single write.</summary>
internal sealed class RecordingTextWriter : StringWriter
{
    public RecordingTextWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public int Writes { get; private set; }

    public int LargestWrite { get; private set; }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Record(1, () => base.Write(value));

    public override void Write(char[] buffer, int index, int count) => Record(count, () => base.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Writes++;
        LargestWrite = Math.Max(LargestWrite, buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value) => Record(value?.Length ?? 0, () => base.Write(value));

    private void Record(int length, Action write)
    {
        Writes++;
        LargestWrite = Math.Max(LargestWrite, length);
        write();
    }
}
