using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// What a workshop session and a hand-over must hold (EK 5.1: anonymized case descriptions, the region's own actors and
/// services; EK 5.3: recipients only where the step publishes): each refusal by its rule, naming what it refuses.
/// </summary>
public sealed class PhenomenonSessionChecksTests
{
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;
    private static readonly LocalDate April16 = new(2024, 4, 16);

    private static WorkshopSession Session(WorkshopMethod method, WorkshopInput input, ActorId? participant = null, string service = "adult-social-work") =>
        new(1, April16, method, new WorkshopParticipants([participant ?? new ActorId("network")], [new ServiceId(service)], 3), [input]);

    private static LifecycleCheck Check(WorkshopSession session) =>
        Ek2024("choose-theme").CanRecordWorkshop(EK, session, By("network"), On(2024, 4, 16));

    // A case description must be anonymized whatever the method; in a session of anonymized case descriptions every
    // input is one. Anything else may stand unmarked.
    [Theory]
    [InlineData(WorkshopMethod.SmallGroupInterview, true, false, LifecycleRules.NotAnonymized)]
    [InlineData(WorkshopMethod.AnonymizedCaseDescription, false, false, LifecycleRules.NotAnonymized)]
    [InlineData(WorkshopMethod.AnonymizedCaseDescription, true, true, null)]
    [InlineData(WorkshopMethod.SmallGroupInterview, false, false, null)]
    [InlineData(WorkshopMethod.SmallGroupInterview, true, true, null)]
    public void Input_ThatDescribesACase_MustBeMarkedAnonymized(WorkshopMethod method, bool caseDescription, bool anonymized, string? refusedAs)
    {
        var check = Check(Session(method, new WorkshopInput(WorkshopInputKind.HowItShows, "Kuvaus asiakkaan tilanteesta.", caseDescription: caseDescription, anonymized: anonymized)));

        Assert.Equal(refusedAs, check.Code);
        if (refusedAs is not null)
        {
            Assert.StartsWith("Input 0 of the session of workshop 1 on phenomenon report ", check.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Participant_NotAnActorOfTheRegion_IsUnknownActor_NamingIt()
    {
        var check = Check(Session(WorkshopMethod.SmallGroupInterview, new WorkshopInput(WorkshopInputKind.Extent, "Laaja."), participant: new ActorId("ghost-team")));

        Assert.Equal(LifecycleRules.UnknownActor, check.Code);
        Assert.Contains("is actor 'ghost-team', which region 'etela-karjala' does not have.", check.Message, StringComparison.Ordinal);
    }

    // The services of the inputs count as much as the participants' own: a valid participant does not hide an unknown
    // service in an input, nor the other way round.
    [Theory]
    [InlineData("adult-social-work", "ghost-service")]
    [InlineData("ghost-service", "adult-social-work")]
    public void Service_NotOfTheRegion_InParticipantsOrInAnInput_IsUnknownService_ListingTheRegionsServices(string participantService, string inputService)
    {
        var input = new WorkshopInput(WorkshopInputKind.HowItShows, "Näkyy palvelussa.", new ServiceId(inputService));

        var check = Check(Session(WorkshopMethod.SmallGroupInterview, input, service: participantService));

        Assert.Equal(LifecycleRules.UnknownService, check.Code);
        Assert.Contains("names service 'ghost-service', which region 'etela-karjala' does not have. Use one of: ", check.Message, StringComparison.Ordinal);
        Assert.All(EK.Services, s => Assert.Contains(s.Id.Value, check.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Recipients_AtAStepThatPublishesNothing_AreRefused_AndAnUnknownRecipientActorIsNamed()
    {
        var approved = Ek2024("network-approval");
        var handOver = new StepId("hand-over");
        Assert.False(EK.PhenomenonProcess!.GetStep(new StepId("network-approval")).Accepts(RecordKind.Publication));
        var external = PartyReference.ToExternal(new LocalizedText("Kunnat"));

        var written = Ek2024("write-report");
        var notPublishing = written.CanPerform(EK, new StepId("network-approval"), By("network"), On(2024, 9, 10), [new RecordEntry(RecordKind.Assessment, "Hyväksytään.")], recipients: [external]);
        Assert.Equal(LifecycleRules.RecordNotAccepted, notPublishing.Code);
        Assert.Contains("Step 'network-approval' of phenomenon report ", notPublishing.Message, StringComparison.Ordinal);

        var publication = new RecordEntry(RecordKind.Publication, "Annettu tiedoksi.");
        var unknown = approved.CanPerform(EK, handOver, By("network"), On(2024, 9, 11), [publication], recipients: [external, PartyReference.ToActor(new ActorId("ghost-board"))]);
        Assert.Equal(LifecycleRules.UnknownActor, unknown.Code);
        Assert.Contains("is actor 'ghost-board', which region 'etela-karjala' does not have", unknown.Message, StringComparison.Ordinal);

        Assert.True(approved.CanPerform(EK, handOver, By("network"), On(2024, 9, 11), [publication], recipients: [external, PartyReference.ToActor(new ActorId("network"))]).IsAllowed);
    }
}
