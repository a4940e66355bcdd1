using System.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>
/// The profile size limit (issue 13, "no limit on profile size"): a profile of at most
/// <see cref="RegionProfileJson.MaxBytes"/> bytes of UTF-8 loads, one byte more is refused at <c>$</c> before parsing,
/// from text and from a stream; a stream is never read much past the limit.
/// </summary>
public sealed class ProfileSizeLimitTests
{
    [Fact]
    public void Limit_IsFourMebibytes() => Assert.Equal(4 * 1024 * 1024, RegionProfileJson.MaxBytes);

    [Fact]
    public void Text_AtTheLimit_Loads()
    {
        var json = Padded(RegionProfileJson.MaxBytes);

        Assert.True(RegionProfileJson.TryLoad(json, out var profile, out var problems), string.Join("; ", problems));
        Assert.Equal(BuiltInRegions.KymenlaaksoId, profile.Id);
    }

    [Fact]
    public void Text_OneByteOverTheLimit_IsRefusedAtTheRoot()
    {
        // The built-in profile has letters such as ä (two bytes of UTF-8): the text has fewer chars than bytes, so
        // counting chars instead of bytes would let it through.
        var json = Padded(RegionProfileJson.MaxBytes + 1);
        Assert.True(json.Length <= RegionProfileJson.MaxBytes);

        Assert.False(RegionProfileJson.TryLoad(json, out var profile, out var problems));
        Assert.Null(profile);
        AssertTooLarge(problems);
        var e = Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json));
        Assert.Equal(RuleCodes.ProfileInvalid, e.Code);
        AssertTooLarge(e.Problems);
        AssertTooLarge(RegionProfileJson.Validate(json));
    }

    [Fact]
    public void Text_FarOverTheLimitInChars_IsRefusedAtTheRoot() =>
        AssertTooLarge(RegionProfileJson.Validate(new string(' ', RegionProfileJson.MaxBytes + 10)));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stream_AtTheLimit_Loads(bool seekable)
    {
        using var stream = Stream(Padded(RegionProfileJson.MaxBytes), seekable);

        Assert.True(RegionProfileJson.TryLoad(stream, out var profile, out var problems), string.Join("; ", problems));
        Assert.Equal(BuiltInRegions.KymenlaaksoId, profile.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stream_OneByteOverTheLimit_IsRefusedAtTheRoot(bool seekable)
    {
        using var stream = Stream(Padded(RegionProfileJson.MaxBytes + 1), seekable);

        var e = Assert.Throws<ValidationException>(() => RegionProfileJson.Load(stream));

        Assert.Equal(RuleCodes.ProfileInvalid, e.Code);
        AssertTooLarge(e.Problems);
    }

    [Fact]
    public void Stream_WithAByteOrderMark_CountsIt()
    {
        var json = Padded(RegionProfileJson.MaxBytes - 3);
        var bom = Encoding.UTF8.GetPreamble();

        using var at = new MemoryStream([.. bom, .. Encoding.UTF8.GetBytes(json)]);
        using var over = new MemoryStream([.. bom, .. Encoding.UTF8.GetBytes(json + " ")]);

        Assert.True(RegionProfileJson.TryLoad(at, out _, out var problems), string.Join("; ", problems));
        Assert.False(RegionProfileJson.TryLoad(over, out _, out problems));
        AssertTooLarge(problems);
    }

    [Fact]
    public void EndlessStream_IsRefused_AfterReadingLittleMoreThanTheLimit()
    {
        using var endless = new ForwardOnlyStream(null);

        Assert.False(RegionProfileJson.TryLoad(endless, out _, out var problems));

        AssertTooLarge(problems);
        Assert.InRange(endless.BytesRead, RegionProfileJson.MaxBytes + 1, RegionProfileJson.MaxBytes + (1024 * 1024));
    }

    /// <summary>The Kymenlaakso profile padded with trailing white space to exactly <paramref name="bytes"/> bytes of UTF-8.</summary>
    internal static string Padded(int bytes)
    {
        var json = BuiltInRegions.Json(BuiltInRegions.KymenlaaksoId);
        var size = Encoding.UTF8.GetByteCount(json);
        Assert.True(size < bytes);
        var padded = json + new string(' ', bytes - size);
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(padded));
        return padded;
    }

    private static void AssertTooLarge(IReadOnlyList<ValidationProblem> problems)
    {
        var problem = Assert.Single(problems);
        Assert.Equal(RuleCodes.ProfileTooLarge, problem.Rule);
        Assert.Equal("$", problem.Path);
        Assert.Contains(RegionProfileJson.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
    }

    private static Stream Stream(string json, bool seekable)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes);
    }

    /// <summary>
    /// A stream that cannot seek or tell its length, as from a network: <paramref name="bytes"/> in reads of at most
    /// 7,000 bytes, or white space without end when null. Counts what is read.
    /// </summary>
    private sealed class ForwardOnlyStream(byte[]? bytes) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n;
            if (bytes is null)
            {
                n = count;
                Array.Fill(buffer, (byte)' ', offset, n);
            }
            else
            {
                n = (int)Math.Min(count, Math.Min(bytes.Length - BytesRead, 7000));
                Array.Copy(bytes, BytesRead, buffer, offset, n);
            }

            BytesRead += n;
            return n;
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
