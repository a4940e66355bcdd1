using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Tests.Properties;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// The hand-written writer of a compilation's included reports (issue 11) writes the serializer's bytes under
/// <see cref="CoreJson.Options"/>, and the DTOs stay the one description of the shape: a property added to a DTO and
/// not to the writer fails here.
/// </summary>
public sealed class IncludedReportWriterTests
{
    private static readonly JsonTypeInfo<IncludedReportDocument> Serializer =
        (JsonTypeInfo<IncludedReportDocument>)CoreJson.Options.GetTypeInfo(typeof(IncludedReportDocument));

    [Fact]
    public void Shape_IsTheSerializersPropertiesInTheSerializersOrder_ForEveryTypeWritten()
    {
        foreach (var (type, names) in IncludedReportWriter.Shape)
        {
            var properties = CoreJson.Options.GetTypeInfo(type).Properties.OrderBy(p => p.Order).Select(p => p.Name);
            Assert.Equal(properties, names);
        }
    }

    // A new object type inside an included report (a property whose value the serializer writes as an object) must be
    // written by hand too, or the writer would not know it.
    [Fact]
    public void EveryObjectTypeInsideAnIncludedReport_IsInTheShape()
    {
        foreach (var type in IncludedReportWriter.Shape.Keys)
        {
            foreach (var property in CoreJson.Options.GetTypeInfo(type).Properties)
            {
                var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var info = CoreJson.Options.GetTypeInfo(valueType);
                if (info.Kind == JsonTypeInfoKind.Enumerable)
                {
                    info = info.ElementType is { } element ? CoreJson.Options.GetTypeInfo(element) : info;
                }

                if (info.Kind == JsonTypeInfoKind.Object)
                {
                    Assert.True(IncludedReportWriter.Shape.ContainsKey(info.Type), $"{type.Name}.{property.Name} holds {info.Type.Name}, which the writer does not write.");
                }
            }
        }
    }

    [Fact]
    public void GeneratedAndWalkedCompilations_EveryIncludedReport_IsTheSerializersBytes()
    {
        var documents = Documents(Generated(1_500)).Concat(Documents(CompilationFixtures.Walked(BuiltInRegions.Kymenlaakso, 3))).ToList();
        Assert.True(documents.Count > 1_000, $"{documents.Count} reports");
        Assert.Contains(documents, d => d.History.Any(e => e.Entries.Count > 0));

        Assert.Equal(WithSerializer(documents), WithWriter(documents));
    }

    // Every optional field present, then every one absent, with the odd texts JSON escapes.
    [Fact]
    public void EveryOptionalFieldPresentAndAbsent_OddTexts_AreTheSerializersBytes()
    {
        const string odd = "\"Lainaus\" \\ / \n\r\t\b\f\u0000\u001f\u007f ä Ö å € 😀 \u2028\u2029 <script>&'+`";
        var full = new ReportContent
        {
            Authors = [new ReportAuthor(odd, Profession.Other, "perhe\"työntekijä\n"), new ReportAuthor("Ä", Profession.SocialWorker)],
            ServiceId = new ServiceId("child-welfare"),
            AreaId = "kotka",
            Language = "sv",
            Supervisor = odd,
            Title = odd,
            Description = odd + odd,
            ClientGroups = [odd, "lapsiperheet"],
            Subjects = Enum.GetValues<ReportSubject>(),
            ActionProposals = [odd],
            Polarity = ReportPolarity.Positive,
            Duties = Enum.GetValues<StatutoryDuty>(),
            Themes = [new ThemeId("a"), new ThemeId("b-2")],
            ObservedOn = new LocalDate(2025, 2, 28),
        };
        var bare = new ReportContent
        {
            Authors = [new ReportAuthor("N", Profession.CrisisWorker)],
            ServiceId = new ServiceId("s"),
            Title = "T",
            Description = "D",
            ObservedOn = new LocalDate(1, 1, 1),
        };
        var at = Instant.FromUtc(2025, 3, 4, 10, 15, 0);
        var documents = new[]
        {
            new IncludedReportDocument
            {
                Id = new ReportId("R-1"),
                History =
                [
                    new ReportEvent(LifecycleAction.Created, at, new Performer(new ActorId("professionals"), "Åsa \"Ö\" \\ Tåg\u2028"), content: full),
                    new ReportEvent(LifecycleAction.Revised, at.PlusNanoseconds(1), new Performer(new ActorId("professionals")), content: bare),
                    new ReportEvent(LifecycleAction.StepPerformed, at.PlusNanoseconds(120_000_000), new Performer(new ActorId("unit-supervisor"), "😀"), new StepId("supervisor-review"), [new RecordEntry(RecordKind.Remark, odd), new RecordEntry(RecordKind.Publication, "p")]),
                    new ReportEvent(LifecycleAction.StepPerformed, at.Plus(Duration.FromSeconds(1)), new Performer(new ActorId("unit-supervisor")), new StepId("s")),
                    new ReportEvent(LifecycleAction.EntryRecorded, at.Plus(Duration.FromSeconds(2)), new Performer(new ActorId("a")), new StepId("s"), [new RecordEntry(RecordKind.Feedback, odd)]),
                    new ReportEvent(LifecycleAction.ReturnedForCompletion, at.Plus(Duration.FromSeconds(3)), new Performer(new ActorId("a")), reason: odd),
                    new ReportEvent(LifecycleAction.ReturnedForCompletion, at.Plus(Duration.FromSeconds(4)), new Performer(new ActorId("a"))),
                    new ReportEvent(LifecycleAction.Withdrawn, Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999), new Performer(new ActorId("a")), reason: "Syy"),
                ],
            },
            new IncludedReportDocument { Id = new ReportId("7"), History = [] },
        };

        var written = WithWriter(documents);

        Assert.Equal(WithSerializer(documents), written);
        Assert.Contains("\"otherProfession\"", written, StringComparison.Ordinal);
        Assert.Contains("\"reason\"", written, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(IncludedReportArbitraries) })]
    public Property RandomIncludedReports_AreTheSerializersBytes(IncludedReportCase[] cases)
    {
        var documents = cases.Select(c => c.Document).ToList();

        var (expected, actual) = (WithSerializer(documents), WithWriter(documents));

        return (expected == actual).Label(FirstDifference(expected, actual))
            .Classify(documents.Any(d => d.History.Any(e => e.Content is not null)), "with content");
    }

    // The whole document: the stream form (the hand-written writer and the streaming converters) against the
    // serializer with the library's plain options.
    [Fact]
    public void SerializeToStream_OfAGeneratedCompilation_IsTheSerializersDocument()
    {
        var compilation = Generated(300);
        using var stream = new MemoryStream();

        CompilationJson.Serialize(compilation, stream);

        Assert.Equal(CompilationJson.SerializeWithSerializer(compilation), Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static Compilation Generated(int count) =>
        CompilationFixtures.Generated(BuiltInRegions.EtelaKarjala, count, seed: 11, returnedShare: 0.05, withdrawnShare: 0.02);

    private static IEnumerable<IncludedReportDocument> Documents(Compilation compilation) =>
        compilation.Content.Included.Select(r => new IncludedReportDocument { Id = r.Id, History = r.History });

    // Both inside an object's array, so that the indentation of a nested item is compared too.
    private static string WithWriter(IReadOnlyList<IncludedReportDocument> documents) =>
        Write(documents, (writer, document) => IncludedReportWriter.Write(writer, document));

    private static string WithSerializer(IReadOnlyList<IncludedReportDocument> documents) =>
        Write(documents, (writer, document) => JsonSerializer.Serialize(writer, document, Serializer));

    private static string Write(IReadOnlyList<IncludedReportDocument> documents, Action<Utf8JsonWriter, IncludedReportDocument> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CoreJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("included");
            foreach (var document in documents)
            {
                write(writer, document);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        return $"first difference at {i}: expected …{expected[Math.Max(0, i - 80)..Math.Min(expected.Length, i + 40)]}… got …{actual[Math.Max(0, i - 80)..Math.Min(actual.Length, i + 40)]}…";
    }
}
