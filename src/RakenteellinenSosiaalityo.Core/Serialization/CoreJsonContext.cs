using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Source-generated JSON metadata for the library's types (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RegionProfile))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(SocialReportDocument))]
[JsonSerializable(typeof(ReportContent))]
[JsonSerializable(typeof(ReportEvent))]
[JsonSerializable(typeof(CompilationExportDocument))]
[JsonSerializable(typeof(CompilationDocument))]
[JsonSerializable(typeof(CompilationEvent))]
[JsonSerializable(typeof(Phenomena.PhenomenonReportDocument))]
[JsonSerializable(typeof(ActivityRecord))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(ManualAssessment))]

// The values of the kinds that KindJsonConverter reads and writes (the converter hides them from the generator).
[JsonSerializable(typeof(NodaTime.AnnualDate))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(ReportsPerPeriodRule))]
[JsonSerializable(typeof(MeetingsHeldRule))]
[JsonSerializable(typeof(ProductsHandledRule))]
[JsonSerializable(typeof(PhenomenonReportRule))]
[JsonSerializable(typeof(CommunicationRule))]
[JsonSerializable(typeof(OnboardingRule))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
