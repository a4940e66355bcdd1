using System.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Hosting.Tests;

/// <summary>A region profile file is held to <see cref="RegionProfileJson.MaxBytes"/> (issue 13, profile size limit).</summary>
public sealed class RegionSourceSizeLimitTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rs-hosting-size-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void File_AtTheLimit_Loads()
    {
        var path = Write("at.json", RegionProfileJson.MaxBytes);

        Assert.True(RegionSource.TryLoad(path, directory, out var profile, out var problems), string.Join("; ", problems));
        Assert.Equal(BuiltInRegions.KymenlaaksoId, profile!.Id);
    }

    [Fact]
    public void File_OneByteOverTheLimit_IsRefusedAtTheRoot()
    {
        var path = Write("over.json", RegionProfileJson.MaxBytes + 1);

        var e = Assert.Throws<ValidationException>(() => RegionSource.Load(path, directory));

        Assert.Equal(RegionSource.InvalidCode, e.Code);
        var problem = Assert.Single(e.Problems);
        Assert.Equal(RuleCodes.ProfileTooLarge, problem.Rule);
        Assert.Equal("$", problem.Path);
    }

    /// <summary>Writes the Kymenlaakso profile padded with trailing white space to exactly <paramref name="bytes"/> bytes.</summary>
    private string Write(string name, int bytes)
    {
        var json = Encoding.UTF8.GetBytes(BuiltInRegions.Json(BuiltInRegions.KymenlaaksoId));
        var padded = new byte[bytes];
        json.CopyTo(padded, 0);
        Array.Fill(padded, (byte)' ', json.Length, bytes - json.Length);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, padded);
        return path;
    }
}
