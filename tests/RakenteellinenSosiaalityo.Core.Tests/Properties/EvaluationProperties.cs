using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Evaluation;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Activity records and evaluation reports survive a JSON round trip unchanged.</summary>
[Properties(Arbitrary = new[] { typeof(EvaluationArbitraries) }, MaxTest = 1000)]
public sealed class EvaluationProperties
{
    [Property(MaxTest = 1000)]
    public bool ActivityRecords_RoundTripThroughJson(ActivityRecord[] records) =>
        ActivityRecordJson.Deserialize(ActivityRecordJson.Serialize(records)).SequenceEqual(records);

    [Property(MaxTest = 1000)]
    public bool EvaluationReport_RoundTripsThroughJson(EvaluationReport report) =>
        EvaluationReportJson.Deserialize(EvaluationReportJson.Serialize(report)) == report;
}
