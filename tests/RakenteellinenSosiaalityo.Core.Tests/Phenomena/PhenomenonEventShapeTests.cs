using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// A history entry of a phenomenon report carries exactly what its kind says (the selection when chosen, the session
/// when a workshop is recorded, the text with its prevalence when written, entries only when a step is performed or an
/// entry recorded); and the personal data of a selection or a text is looked for in every one of its fields.
/// </summary>
public sealed class PhenomenonEventShapeTests
{
    private static readonly Instant At = On(2024, 5, 1);
    private static readonly Performer Network = By("network");
    private static readonly StepId Step = new("workshops");
    private static readonly PhenomenonReport Completed = Ek2024();

    [Theory]
    [InlineData(PhenomenonEventKind.Chosen, "")]
    [InlineData(PhenomenonEventKind.WorkshopRecorded, "selection")]
    [InlineData(PhenomenonEventKind.Written, "text")]
    [InlineData(PhenomenonEventKind.Written, "prevalence")]
    [InlineData(PhenomenonEventKind.StepPerformed, "session")]
    public void Entry_CarryingWhatItsKindDoesNot_IsRefused_NamingTheKind(PhenomenonEventKind kind, string carries)
    {
        var e = Assert.Throws<ArgumentException>(() => new PhenomenonEvent(
            kind,
            At,
            Network,
            Step,
            selection: carries == "selection" ? Ek2024Selection() : null,
            session: carries == "session" ? Completed.Sessions[0] : null,
            text: carries == "text" ? Completed.Text : null,
            prevalence: carries == "prevalence" ? Completed.Prevalence : null));

        Assert.Equal("kind", e.ParamName);
        Assert.StartsWith($"A '{kind}' entry carries the selection only when chosen", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_DecisionsAndRecipients_BelongToTheKindsThatRecord()
    {
        var entry = new RecordEntry(RecordKind.Assessment, "Arvio.");
        var decision = new ActionDecision("Toimenpide.", ActionResponsible.OfActor("artu"), new LocalDate(2025, 3, 31));
        var recipient = PartyReference.ToActor("network");

        var entries = Assert.Throws<ArgumentException>(() => new PhenomenonEvent(PhenomenonEventKind.Written, At, Network, Step, [entry], text: Completed.Text, prevalence: Completed.Prevalence));
        var decisions = Assert.Throws<ArgumentException>(() => new PhenomenonEvent(PhenomenonEventKind.Chosen, At, Network, Step, selection: Ek2024Selection(), decisions: [decision]));
        var recipients = Assert.Throws<ArgumentException>(() => new PhenomenonEvent(PhenomenonEventKind.EntryRecorded, At, Network, Step, [entry], recipients: [recipient]));

        Assert.All(new[] { (entries, PhenomenonEventKind.Written), (decisions, PhenomenonEventKind.Chosen), (recipients, PhenomenonEventKind.EntryRecorded) }, pair =>
        {
            Assert.Equal("entries", pair.Item1.ParamName);
            Assert.StartsWith($"A '{pair.Item2}' entry records no entries, decisions or recipients of its own.", pair.Item1.Message, StringComparison.Ordinal);
        });

        Assert.Equal([entry], new PhenomenonEvent(PhenomenonEventKind.StepPerformed, At, Network, Step, [entry], decisions: [decision], recipients: [recipient]).Entries);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(1, 1)]
    public void EntryRecorded_HoldsExactlyOneEntryOrOneDecision(int entries, int decisions)
    {
        var e = Assert.Throws<ArgumentException>(() => new PhenomenonEvent(
            PhenomenonEventKind.EntryRecorded,
            At,
            Network,
            Step,
            [.. Enumerable.Range(0, entries).Select(i => new RecordEntry(RecordKind.Assessment, $"Arvio {i}."))],
            decisions: [.. Enumerable.Range(0, decisions).Select(_ => new ActionDecision("Toimenpide.", ActionResponsible.OfActor("artu"), new LocalDate(2025, 3, 31)))]));

        Assert.Equal(("entries", "An 'EntryRecorded' entry records exactly one entry or one decision."), (e.ParamName, e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]));
    }

    [Fact]
    public void PersonalData_IsLookedForInEveryFieldOfASelectionAndAText()
    {
        const string Mail = "maija@example.fi";
        var selection = Ek2024Selection();
        var selectionWithData = new PhenomenonSelection(
            selection.Year,
            "Otsikko " + Mail,
            selection.Themes,
            [.. selection.Reasons.Select(r => new SelectionReason(r.Source, r.Justification + " " + Mail))],
            "Perustelu " + Mail);
        var text = Completed.Text!;
        var textWithData = text with
        {
            Title = "Otsikko " + Mail,
            SituationalPicture = "Kuva " + Mail,
            EffectsOnClients = "Vaikutus " + Mail,
            ActionProposals = [.. text.ActionProposals.Select(p => new ActionProposal(p.Text + " " + Mail, p.Addressee))],
            Sources = [.. text.Sources.Select(s => s + " " + Mail)],
        };

        Assert.Equal(
            ["selection.title", "selection.justification", .. selection.Reasons.Select((_, i) => $"selection.reasons[{i}].justification")],
            selectionWithData.FindPersonalData().Select(f => f.Field));
        Assert.Equal(
            ["text.title", "text.situationalPicture", "text.effectsOnClients", .. text.ActionProposals.Select((_, i) => $"text.actionProposals[{i}].text"), .. text.Sources.Select((_, i) => $"text.sources[{i}]")],
            textWithData.FindPersonalData().Select(f => f.Field));
    }
}
