using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace AnnualCycle;

/// <summary>
/// Stores every aggregate as a region system does, as the library's JSON document, and reads it back before the next
/// step: what the main job works on is always what was stored (a lost field or a rule the stored history breaks would
/// show here). The documents are kept in memory; a region system keeps them in its database (see samples/RegionSystem).
/// </summary>
internal static class Documents
{
    /// <summary>The report as stored and read back through the profile's rules.</summary>
    public static SocialReport Reload(SocialReport report, RegionProfile profile) => SocialReportJson.Deserialize(SocialReportJson.Serialize(report), profile);

    /// <summary>The compilation as stored and read back through the profile's rules.</summary>
    public static Compilation Reload(Compilation compilation, RegionProfile profile) => CompilationJson.Deserialize(CompilationJson.Serialize(compilation), profile);

    /// <summary>The phenomenon report as stored and read back through the profile's rules.</summary>
    public static PhenomenonReport Reload(PhenomenonReport report, RegionProfile profile) => PhenomenonReportJson.Deserialize(PhenomenonReportJson.Serialize(report), profile);

    /// <summary>The activity records as stored and read back.</summary>
    public static IReadOnlyList<ActivityRecord> Reload(IEnumerable<ActivityRecord> records) => ActivityRecordJson.Deserialize(ActivityRecordJson.Serialize(records));

    /// <summary>The evaluation report as stored and read back.</summary>
    public static EvaluationReport Reload(EvaluationReport report) => EvaluationReportJson.Deserialize(EvaluationReportJson.Serialize(report));
}
