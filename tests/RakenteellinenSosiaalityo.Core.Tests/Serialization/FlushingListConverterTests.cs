using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The long lists of the streaming writers: written item by item with the serializer's bytes, the writer flushed each
/// time 32 KiB wait in it (so a document over a stream is never held whole), and set on every list property of the
/// kinds it knows by the streaming options' modifier.
/// </summary>
public sealed class FlushingListConverterTests
{
    private const int Threshold = 32 * 1024;

    private static readonly JsonSerializerOptions PlainIndented = new() { WriteIndented = true };

    [Fact]
    public void Write_IdsWithTheirOwnConverter_GivesTheSerializersBytes_InChunksOfAtLeast32KiB()
    {
        var ids = Enumerable.Range(0, 5_000).Select(i => new ReportId($"report-{i:D6}-of-the-long-list")).ToList();
        var stream = new RecordingStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            new FlushingListConverter<ReportId>().Write(writer, ids, CoreJson.Options);
        }

        // The oracle: the serializer writing the ids' strings, with nothing of the library.
        var expected = JsonSerializer.SerializeToUtf8Bytes(ids.Select(i => i.Value).ToArray(), PlainIndented);
        Assert.Equal(expected, stream.Bytes);

        // Each flush passes on at least the threshold and less than the threshold and one item.
        var total = expected.Length;
        Assert.InRange(stream.Writes, total / (Threshold + 64), (total / Threshold) + 1);
        Assert.InRange(stream.LargestWrite, Threshold, Threshold + 64);
    }

    [Fact]
    public void Write_AShortList_IsOneWriteAtTheEnd()
    {
        var stream = new RecordingStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new FlushingListConverter<ReportId>().Write(writer, [new ReportId("r-1"), new ReportId("r-2")], CoreJson.Options);
            Assert.Equal(0, stream.Writes);
        }

        Assert.Equal(1, stream.Writes);
        Assert.Equal("[\"r-1\",\"r-2\"]", System.Text.Encoding.UTF8.GetString(stream.Bytes));
    }

    [Fact]
    public void Write_RecordsWithTheSerializer_GivesEachItemAsTheSerializerWritesIt()
    {
        ReportGroup[] groups =
        [
            new("child-welfare", [new ReportId("r-1"), new ReportId("r-2")]),
            new(ReportGroup.NotRecordedKey, []),
            new("äitiys", [new ReportId("r-3")]),
        ];
        var stream = new RecordingStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new FlushingListConverter<ReportGroup>().Write(writer, groups, CoreJson.Options);
        }

        var written = JsonNode.Parse(stream.Bytes)!.AsArray();
        Assert.Equal(groups.Length, written.Count);
        for (var i = 0; i < groups.Length; i++)
        {
            Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(groups[i], CoreJson.Options), written[i]), $"item {i}: {written[i]}");
            Assert.Equal(groups[i].Key, (string?)written[i]!["key"]);
        }
    }

    [Fact]
    public void Write_WithAnItemWriter_CallsItForEachItemInOrder()
    {
        var stream = new RecordingStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new FlushingListConverter<int>((w, item) => w.WriteStringValue($"item {item}")).Write(writer, [3, 1, 2], CoreJson.Options);
        }

        Assert.Equal("[\"item 3\",\"item 1\",\"item 2\"]", System.Text.Encoding.UTF8.GetString(stream.Bytes));
    }

    [Fact]
    public void Read_IsRefused_TheStreamingOptionsOnlyWrite()
    {
        var e = Assert.Throws<NotSupportedException>(() =>
        {
            var reader = new Utf8JsonReader("[]"u8);
            reader.Read();
            return new FlushingListConverter<ReportId>().Read(ref reader, typeof(IReadOnlyList<ReportId>), CoreJson.Options);
        });
        Assert.Contains("CoreJson.Options", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SetsTheConverterOnEveryListPropertyOfAKnownItemType_AndNoOther()
    {
        var group = CoreJson.StreamingTypeInfo<ReportGroup>();
        Assert.IsType<FlushingListConverter<ReportId>>(group.Properties.Single(p => p.Name == "reports").CustomConverter);
        Assert.Null(group.Properties.Single(p => p.Name == "key").CustomConverter);

        var content = CoreJson.StreamingTypeInfo<CompilationContentDocument>();
        Assert.IsType<FlushingListConverter<IncludedReportDocument>>(content.Properties.Single(p => p.Name == "included").CustomConverter);
        Assert.IsType<FlushingListConverter<CarriedOverReport>>(content.Properties.Single(p => p.Name == "carriedOver").CustomConverter);
        Assert.IsType<FlushingListConverter<ExcludedReport>>(content.Properties.Single(p => p.Name == "excluded").CustomConverter);
        Assert.IsType<FlushingListConverter<ReportGroup>>(content.Properties.Single(p => p.Name == "byTheme").CustomConverter);
        Assert.Null(content.Properties.Single(p => p.Name == "period").CustomConverter);

        var export = CoreJson.StreamingTypeInfo<CompilationExportDocument>();
        Assert.IsType<FlushingListConverter<CompiledReport>>(export.Properties.Single(p => p.Name == "reports").CustomConverter);

        var report = CoreJson.StreamingTypeInfo<CompiledReport>();
        Assert.Same(StringListWriter.Instance, report.Properties.Single(p => p.Name == "clientGroups").CustomConverter);

        // The plain options, which read, have none of them.
        var plain = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportGroup>)CoreJson.Options.GetTypeInfo(typeof(ReportGroup));
        Assert.Null(plain.Properties.Single(p => p.Name == "reports").CustomConverter);
    }
}
