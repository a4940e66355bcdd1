using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Testing;

namespace RakenteellinenSosiaalityo.Core.Testing.Tests;

/// <summary>
/// The kit's dry run walks the compilation process and the phenomenon process step by step by their named actors
/// (issue 13): a step nobody can perform is an error with its JSON path.
/// </summary>
public sealed class ProfileCheckProcessWalkTests
{
    private static readonly ActorId Ghost = new("ghost");

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInProfiles_EveryCompilationAndPhenomenonStepIsPerformable(string id)
    {
        var profile = BuiltInRegions.Get(new RegionId(id));
        Assert.NotNull(profile.PhenomenonProcess);

        var findings = ProfileCheck.Check(profile);

        Assert.DoesNotContain(findings, f => f.Code == "step-not-performable");
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void CompilationStepByNoActorOfTheProfile_IsNotPerformable_AtItsPath(string id)
    {
        var profile = BuiltInRegions.Get(new RegionId(id));
        var index = LastDecidingStep(profile.CompilationProcess);
        profile = profile with { CompilationProcess = WithPerformer(profile.CompilationProcess, index, Ghost) };

        var findings = ProfileCheck.Check(profile);

        var byActor = Assert.Single(findings, f => f.Path == $"$.compilationProcess.steps[{index}].performedBy");
        Assert.Equal(("step-not-performable", ProfileFindingSeverity.Error), (byActor.Code, byActor.Severity));
        Assert.Contains("ghost", byActor.Message.En, StringComparison.Ordinal);

        // The walk reaches the step and the engine refuses it: its decided action names a responsible actor the
        // profile does not have.
        var walked = Assert.Single(findings, f => f.Path == $"$.compilationProcess.steps[{index}]");
        Assert.Equal(("step-not-performable", ProfileFindingSeverity.Error), (walked.Code, walked.Severity));
        Assert.Contains(RuleCodes.UnknownActor, walked.Message.En, StringComparison.Ordinal);
        Assert.Throws<ProfileCheckException>(() => ProfileCheck.AssertUsable(profile));
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void PhenomenonStepByNoActorOfTheProfile_IsNotPerformable_AtItsPath(string id)
    {
        var profile = BuiltInRegions.Get(new RegionId(id));
        var process = profile.PhenomenonProcess!;
        var index = process.Steps.Count - 1;
        profile = profile with { PhenomenonProcess = WithPerformer(process, index, Ghost) };

        var findings = ProfileCheck.Check(profile);

        var byActor = Assert.Single(findings, f => f.Path == $"$.phenomenonProcess.steps[{index}].performedBy");
        Assert.Equal(("step-not-performable", ProfileFindingSeverity.Error), (byActor.Code, byActor.Severity));
        Assert.Contains("ghost", byActor.Message.Fi, StringComparison.Ordinal);
        Assert.Throws<ProfileCheckException>(() => ProfileCheck.AssertUsable(profile));
    }

    [Fact]
    public void PhenomenonStepThatDecidesByNoActor_IsRefusedByTheEngine_InTheWalk()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var process = profile.PhenomenonProcess!;
        var index = process.Steps.Count - 1;
        var steps = process.Steps.ToList();
        steps[index] = steps[index] with { PerformedBy = Ghost, Records = [.. steps[index].Records.Append(RecordKind.Decision).Distinct()] };
        profile = profile with { PhenomenonProcess = new ProcessDefinition(steps, process.CompletesWith) };

        var findings = ProfileCheck.Check(profile);

        var walked = Assert.Single(findings, f => f.Path == $"$.phenomenonProcess.steps[{index}]");
        Assert.Equal(("step-not-performable", ProfileFindingSeverity.Error), (walked.Code, walked.Severity));
        Assert.Contains(RuleCodes.UnknownActor, walked.Message.Sv, StringComparison.Ordinal);
    }

    private static int LastDecidingStep(ProcessDefinition process)
    {
        var index = process.Steps.ToList().FindLastIndex(s => s.Records.Contains(RecordKind.Decision));
        Assert.True(index > 0, "the built-in compilation process has a deciding step after the first");
        return index;
    }

    private static ProcessDefinition WithPerformer(ProcessDefinition process, int index, ActorId actor)
    {
        var steps = process.Steps.ToList();
        steps[index] = steps[index] with { PerformedBy = actor };
        return new ProcessDefinition(steps, process.CompletesWith);
    }
}
