using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;
using RakenteellinenSosiaalityo.Core.Clock;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>Activity records and assessments: privacy refusals (DOMAIN §11), JSON round trip, reading problems with paths.</summary>
public sealed class ActivityRecordTests
{
    private const string Hetu = "131052-308T";
    private static readonly LocalDate On = new(2025, 3, 3);

    [Fact]
    public void MeetingHandledItem_WithIdentityCode_IsRefused_NamingFieldAndKindNotValue()
    {
        var e = Assert.Throws<PersonalDataException>(() => new MeetingHeld(On, new ActorId("network"), ["Asiakas " + Hetu]));

        var finding = Assert.Single(e.Findings);
        Assert.Equal(("handled[0]", PersonalDataKind.PersonalIdentityCode), (finding.Field, finding.Kind));
        Assert.DoesNotContain(Hetu, e.Message, StringComparison.Ordinal);
        Assert.Equal("personal-data", e.Code);
    }

    [Fact]
    public void Note_Title_Channel_AndExternalParticipant_AreGuarded()
    {
        Assert.Equal("note", Assert.Single(Assert.Throws<PersonalDataException>(() => new OnboardingGiven(On, 2) { Note = "Soita 040 123 4567" }).Findings).Field);
        Assert.Equal("phenomenonReport", Assert.Single(Assert.Throws<PersonalDataException>(() => KnowledgeProductHandled.Phenomenon(On, new ActorId("network"), "maija@example.fi", true)).Findings).Field);
        Assert.Equal("channel", Assert.Single(Assert.Throws<PersonalDataException>(() => new CommunicationMade(On, CommunicationAudience.External, "posti maija@example.fi")).Findings).Field);
        Assert.Equal("participants[0].external.fi", Assert.Single(Assert.Throws<PersonalDataException>(() => new MeetingHeld(On, new ActorId("network"), participants: [PartyReference.ToExternal(new LocalizedText("Puh. 040 123 4567"))])).Findings).Field);
        Assert.Equal("title", Assert.Single(Assert.Throws<PersonalDataException>(() => new TrainingEventHeld(On, Hetu, 10)).Findings).Field);
    }

    [Fact]
    public void ManualAssessmentText_WithEmail_IsRefused()
    {
        var e = Assert.Throws<PersonalDataException>(() => new ManualAssessment(new MetricId("knowledge-use"), MetricStatus.Realized, "Kysy maija.meikalainen@ekhva.fi", "Verkosto", On));

        Assert.Equal(("how", PersonalDataKind.EmailAddress), (e.Findings[0].Field, e.Findings[0].Kind));
        Assert.DoesNotContain("maija", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductHandled_NeedsExactlyOneProduct()
    {
        Assert.Throws<ArgumentException>(() => new KnowledgeProductHandled(On, new ActorId("network"), null, null));
    }

    [Fact]
    public void AllKinds_RoundTripThroughJson()
    {
        var records = EvaluatorTests.EtelaKarjalaRecords();
        records.Add(new OnboardingGiven(On, 3, "Aikuissosiaalityö") { Note = "Uudet työntekijät" });
        records.Add(new TrainingEventHeld(On, "Socom", 120));
        records.Add(new MeetingHeld(On, new ActorId("network"), participants: [PartyReference.ToActor("lab"), PartyReference.ToExternal(new LocalizedText("THL"))]));

        var json = ActivityRecordJson.Serialize(records);

        Assert.Contains("\"kind\": \"meetingHeld\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Equal(records, ActivityRecordJson.Deserialize(json));
    }

    [Fact]
    public void ReadingRecordWithPersonalData_IsAProblemAtTheField_WithoutTheValue()
    {
        var json = $$"""{ "schemaVersion": 1, "records": [ { "kind": "trainingEventHeld", "on": "2025-10-02", "title": "ok", "registrations": 1 }, { "kind": "communicationMade", "on": "2025-03-03", "audience": "internal", "channel": "{{Hetu}}" } ] }""";

        var e = Assert.Throws<ValidationException>(() => ActivityRecordJson.Deserialize(json));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.records[1].channel", "personal-data"), (problem.Path, problem.Rule));
        Assert.DoesNotContain(Hetu, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingUnknownKindAndUnknownProperty_AreProblemsWithPaths()
    {
        const string json = """{ "schemaVersion": 1, "records": [ { "kind": "party", "on": "2025-10-02" }, { "kind": "onboardingGiven", "on": "2025-10-02", "newProfessionals": 1, "colour": "red" } ] }""";

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("$.records[0]", problems[0].Path, StringComparison.Ordinal);
        Assert.Equal(("$.records[1].colour", ValidationRules.UnknownProperty), (problems[1].Path, problems[1].Rule));
    }

    [Fact]
    public void ToCompletion_GivesRuleAndDate()
    {
        var record = new MeetingHeld(On, new ActorId("network")) { ClockRuleId = new ClockRuleId("network-meeting") };

        Assert.Equal(new Core.Clock.ActivityCompletion(new ClockRuleId("network-meeting"), On), record.ToCompletion());
        Assert.Null(new MeetingHeld(On, new ActorId("network")).ToCompletion());
    }

    [Fact]
    public void EvaluationReport_RoundTripsThroughJson_AndRefusesOtherVersions()
    {
        var report = Evaluator.Evaluate(Core.Regions.BuiltInRegions.EtelaKarjala, 2025, [], [], EvaluatorTests.EtelaKarjalaRecords(), EvaluatorTests.EtelaKarjalaAssessments());

        var json = EvaluationReportJson.Serialize(report);

        Assert.Equal(report, EvaluationReportJson.Deserialize(json));
        var problem = Assert.Single(Assert.Throws<ValidationException>(() => EvaluationReportJson.Deserialize(json.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal))).Problems);
        Assert.Equal(ValidationRules.UnsupportedSchemaVersion, problem.Rule);
    }
}
