using System.ComponentModel;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>The guards of the phenomenon settings built in code (issue 16): each refusal names its argument.</summary>
public sealed class PhenomenonSettingsGuardTests
{
    private static readonly StepId Step = new("workshops");
    private static readonly LocalizedText Purpose = new("Tarkoitus");
    private static readonly WorkshopDefinition Workshop = new(1, Step, Purpose, [WorkshopInputKind.HowItShows], WorkshopMethod.Workshop);
    private static readonly ActorId Network = new("network");

    private static PhenomenonReportSettings Settings(
        IReadOnlyList<ActorId>? chosenBy = null,
        IReadOnlyList<CandidateSource>? sources = null,
        IReadOnlyList<WorkshopDefinition>? workshops = null,
        StepId? writeStep = null,
        IReadOnlyList<PhenomenonReportSection>? sections = null,
        string? source = null) =>
        new(PhenomenonCadence.Yearly, chosenBy ?? [Network], sources ?? [CandidateSource.Compilations], workshops ?? [Workshop], writeStep ?? new StepId("write-report"), sections ?? [PhenomenonReportSection.SituationalPicture], source: source);

    [Fact]
    public void WorkshopParticipants_NameAtLeastOneActor_ValidServices_AndAPositiveCount()
    {
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => new WorkshopParticipants([], null, 3)).ParamName);
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => new WorkshopParticipants([Network, default], null, 3)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentException>(() => new WorkshopParticipants([Network], [new ServiceId("child-welfare"), default], 3)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => new WorkshopParticipants([Network], null, 0)).ParamName);
        var participants = new WorkshopParticipants([Network], null, 1);
        Assert.Equal((1, 0), (participants.Count, participants.Services.Count));
    }

    [Fact]
    public void WorkshopDefinition_RefusesWhatIsNotAWorkshop_AndSaysWhichOneItIs()
    {
        Assert.Equal("number", Assert.Throws<ArgumentException>(() => new WorkshopDefinition(0, Step, Purpose, [WorkshopInputKind.Extent], WorkshopMethod.Workshop)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentException>(() => new WorkshopDefinition(1, default, Purpose, [WorkshopInputKind.Extent], WorkshopMethod.Workshop)).ParamName);
        Assert.Equal("collects", Assert.Throws<ArgumentException>(() => new WorkshopDefinition(1, Step, Purpose, [], WorkshopMethod.Workshop)).ParamName);
        Assert.Throws<InvalidEnumArgumentException>(() => new WorkshopDefinition(1, Step, Purpose, [(WorkshopInputKind)42], WorkshopMethod.Workshop));
        Assert.Throws<InvalidEnumArgumentException>(() => new WorkshopDefinition(1, Step, Purpose, [WorkshopInputKind.Extent], (WorkshopMethod)42));
        Assert.Throws<ArgumentException>(() => new WorkshopDefinition(1, Step, Purpose, [WorkshopInputKind.Extent], WorkshopMethod.Workshop, " "));
        Assert.Throws<ArgumentNullException>(() => new WorkshopDefinition(1, Step, null!, [WorkshopInputKind.Extent], WorkshopMethod.Workshop));
        var text = new WorkshopDefinition(2, Step, Purpose, [WorkshopInputKind.Extent], WorkshopMethod.SmallGroupInterview).ToString();
        Assert.Contains("2", text, StringComparison.Ordinal);
        Assert.Contains(Step.Value, text, StringComparison.Ordinal);
        Assert.Contains("smallGroupInterview", text, StringComparison.Ordinal); // the method as the JSON names it
    }

    [Fact]
    public void PhenomenonReportSettings_RefuseEmptyListsAndDefaults_NamingTheArgument()
    {
        Assert.Equal("chosenBy", Assert.Throws<ArgumentException>(() => Settings(chosenBy: [])).ParamName);
        Assert.Equal("chosenBy", Assert.Throws<ArgumentException>(() => Settings(chosenBy: [Network, default])).ParamName);
        Assert.Equal("selectionSources", Assert.Throws<ArgumentException>(() => Settings(sources: [])).ParamName);
        Assert.Equal("workshops", Assert.Throws<ArgumentException>(() => Settings(workshops: [])).ParamName);
        Assert.Equal("writeStep", Assert.Throws<ArgumentException>(() => Settings(writeStep: default(StepId))).ParamName);
        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => Settings(sections: [])).ParamName);
        Assert.Throws<InvalidEnumArgumentException>(() => Settings(sources: [(CandidateSource)42]));
        Assert.Throws<InvalidEnumArgumentException>(() => Settings(sections: [(PhenomenonReportSection)42]));
        Assert.Throws<InvalidEnumArgumentException>(() => new PhenomenonReportSettings((PhenomenonCadence)42, [Network], [CandidateSource.Compilations], [Workshop], Step, [PhenomenonReportSection.Sources]));
        Assert.Throws<ArgumentException>(() => Settings(source: " "));
        var settings = Settings(workshops: [Workshop, Workshop with { }], source: "EK 5.3");
        Assert.Equal(("EK 5.3", 0), (settings.Source, settings.Recipients.Count));
        Assert.Same(settings.Workshops[0], settings.FindWorkshop(1));
        Assert.Null(settings.FindWorkshop(2));
    }
}
