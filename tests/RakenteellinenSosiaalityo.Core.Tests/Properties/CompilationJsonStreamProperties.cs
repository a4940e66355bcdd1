using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>The streamed compilation JSON (issue 11) is the serializer's bytes and the string form's, and reads back from chunks of any size.</summary>
[Properties(Arbitrary = new[] { typeof(CompilationLifecycleArbitraries) })]
public sealed class CompilationJsonStreamProperties
{
    [Property(MaxTest = 150)] // Walks of up to 40 operations on random profiles: slow.
    public Property SerializeToStream_IsTheStringsUtf8_AndReadsBackFromAnyChunking(CompilationLifecycleScenario scenario, int seed)
    {
        var compilation = CompilationLifecycleProperties.Walk(scenario.Profile, scenario.Operations).Compilation;
        using var stream = new MemoryStream();

        CompilationJson.Serialize(compilation, stream);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetBytes(CompilationJson.SerializeWithSerializer(compilation)), bytes);
        Assert.Equal(Encoding.UTF8.GetBytes(CompilationJson.Serialize(compilation)), bytes);
        Assert.Equal(compilation, CompilationJson.Deserialize(new TrickleStream(bytes, seed, maxChunk: 1 + (Math.Abs(seed % 64))), scenario.Profile));
        return Prop.Classify(true, compilation.Content.Included.Count > 0, "reports included");
    }
}
