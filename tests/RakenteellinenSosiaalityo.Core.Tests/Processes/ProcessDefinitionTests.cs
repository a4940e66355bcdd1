using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

using static RakenteellinenSosiaalityo.Core.Tests.Regions.ProfileDocuments;

namespace RakenteellinenSosiaalityo.Core.Tests.Processes;

/// <summary>The order of a process's steps: list order by default, <c>after</c> for branches (K 4.3 figure 1, EK 5.3 annex 1).</summary>
public sealed class ProcessDefinitionTests
{
    [Fact]
    public void StepsWithoutAfter_FollowTheStepBeforeThem()
    {
        // EK 5.3: the professional submits, then the unit supervisor processes the report.
        var process = new ProcessDefinition([Step("submit"), Step("supervisor-review"), Step("ready")]);

        Assert.Null(process.Predecessor(process.GetStep(new StepId("submit"))));
        Assert.Equal(new StepId("submit"), process.Predecessor(process.GetStep(new StepId("supervisor-review")))!.Id);
        Assert.Equal(["supervisor-review", "submit"], process.RequiredBefore(process.GetStep(new StepId("ready"))).Select(s => s.Id.Value));
        Assert.Empty(process.RequiredBefore(process.First));
        Assert.Equal(new StepId("submit"), process.First.Id);
        Assert.Equal(new StepId("ready"), process.CompletionStep.Id);
        Assert.Null(process.CompletesWith);
        Assert.Equal("submit → supervisor-review → ready", process.ToString());
    }

    [Fact]
    public void After_MakesABranch_ThatDoesNotHoldBackTheOtherOne()
    {
        // K 4.3: the form goes "sellaisenaan tiedoksi" to the supervisor; compiling does not wait for the supervisor.
        var process = new ProcessDefinition(
            [Step("submit"), Step("supervisor-informed", after: "submit"), Step("compile", after: "submit"), Step("review")],
            completesWith: new StepId("submit"));

        Assert.Equal(new StepId("submit"), process.Predecessor(process.GetStep(new StepId("compile")))!.Id);
        Assert.Equal(["submit"], process.RequiredBefore(process.GetStep(new StepId("compile"))).Select(s => s.Id.Value));
        Assert.DoesNotContain(process.RequiredBefore(process.GetStep(new StepId("review"))), s => s.Id.Value == "supervisor-informed");

        // A step without 'after' follows the step before it in the list, also after a branch.
        Assert.Equal(["compile", "submit"], process.RequiredBefore(process.GetStep(new StepId("review"))).Select(s => s.Id.Value));
        Assert.Equal(new StepId("submit"), process.CompletionStep.Id);
        Assert.Equal(new StepId("submit"), process.CompletesWith);
    }

    [Fact]
    public void AfterNamingTheStepBefore_IsTheSameOrder_AsNoAfter()
    {
        var explicitOrder = new ProcessDefinition([Step("a"), Step("b", after: "a")]);
        var implicitOrder = new ProcessDefinition([Step("a"), Step("b")]);

        Assert.Equal(implicitOrder.Predecessor(implicitOrder.Steps[1]), explicitOrder.Predecessor(explicitOrder.Steps[1]));
        Assert.Equal(implicitOrder.RequiredBefore(implicitOrder.Steps[1]), explicitOrder.RequiredBefore(explicitOrder.Steps[1]));

        // The profile keeps what its file says: the two are different processes with the same order.
        Assert.NotEqual(implicitOrder, explicitOrder);
    }

    [Fact]
    public void Cycle_IsUnreachableStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b", after: "c"), Step("c", after: "b")]));

        Assert.Equal("process-invalid", error.Code);
        AssertProblem(error.Problems, "$.steps[1].after", ValidationRules.UnreachableStep);
        AssertProblem(error.Problems, "$.steps[2].after", ValidationRules.UnreachableStep);
    }

    [Fact]
    public void StepAfterItself_IsUnreachableStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b", after: "b")]));

        AssertProblem(error.Problems, "$.steps[1].after", ValidationRules.UnreachableStep);
    }

    [Fact]
    public void StepInACircle_WithoutAfter_IsReportedAtTheStep()
    {
        // 'c' follows 'b' by list order and 'b' follows 'c': both are cut off from 'a'.
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b", after: "c"), Step("c")]));

        AssertProblem(error.Problems, "$.steps[1].after", ValidationRules.UnreachableStep);
        AssertProblem(error.Problems, "$.steps[2]", ValidationRules.UnreachableStep);
    }

    [Fact]
    public void AfterUnknownStep_IsUnknownStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b", after: "x")]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.steps[1].after", problem.Path);
        Assert.Equal(ValidationRules.UnknownStep, problem.Rule);
        Assert.Contains("a, b", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateStepIds_AreDuplicateId()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b"), Step("a")]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.steps[2].id", problem.Path);
        Assert.Equal(ValidationRules.DuplicateId, problem.Rule);
    }

    [Fact]
    public void UnknownCompletesWith_IsUnknownStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b")], completesWith: new StepId("c")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.completesWith", problem.Path);
        Assert.Equal(ValidationRules.UnknownStep, problem.Rule);
    }

    [Fact]
    public void InvalidProcess_MessageNamesTheProcess_AndEachProblemNamesTheStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a"), Step("b")], completesWith: new StepId("c")));

        Assert.StartsWith("Process is invalid: 1 problem.", error.Message, StringComparison.Ordinal);
        var problem = Assert.Single(error.Problems);
        Assert.Contains("no step 'c'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("a, b", problem.Message, StringComparison.Ordinal);
        Assert.Contains(problem.Message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPerformer_IsRefused_NamingTheActorId() =>
        Assert.Contains(
            "ActorId",
            Assert.Throws<ArgumentException>(() => Step("a") with { PerformedBy = default }).Message,
            StringComparison.Ordinal);

    [Fact]
    public void FirstStepWithAfter_IsUnreachableStep()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([Step("a", after: "b"), Step("b")]));

        AssertProblem(error.Problems, "$.steps[0].after", ValidationRules.UnreachableStep);
    }

    [Fact]
    public void NoSteps_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition([]));

        Assert.Equal("$.steps", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var error = Assert.Throws<ValidationException>(() => new ProcessDefinition(
            [Step("a", after: "a"), Step("b", after: "x"), Step("b")],
            completesWith: new StepId("z")));

        AssertProblem(error.Problems, "$.steps[0].after", ValidationRules.UnreachableStep);
        AssertProblem(error.Problems, "$.steps[1].after", ValidationRules.UnknownStep);
        AssertProblem(error.Problems, "$.steps[2].id", ValidationRules.DuplicateId);
        AssertProblem(error.Problems, "$.completesWith", ValidationRules.UnknownStep);
    }

    [Fact]
    public void NullSteps_AreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new ProcessDefinition(null!));
        Assert.ThrowsAny<ArgumentException>(() => new ProcessDefinition([Step("a"), null!]));
    }

    [Fact]
    public void ForeignStep_IsNotFound()
    {
        var process = new ProcessDefinition([Step("a"), Step("b")]);

        Assert.Null(process.FindStep(new StepId("c")));
        Assert.Null(process.FindStep(null));
        Assert.Contains("a, b", Assert.Throws<KeyNotFoundException>(() => process.GetStep(new StepId("c"))).Message, StringComparison.Ordinal);
        var foreign = Assert.Throws<KeyNotFoundException>(() => process.Predecessor(Step("c")));
        Assert.Contains("no step 'c'", foreign.Message, StringComparison.Ordinal);
        Assert.Contains("Its steps are: a, b.", foreign.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => process.Predecessor(null!));
    }

    [Fact]
    public void Processes_CompareByValue()
    {
        Assert.Equal(new ProcessDefinition([Step("a"), Step("b")]), new ProcessDefinition([Step("a"), Step("b")]));
        Assert.NotEqual(new ProcessDefinition([Step("a"), Step("b")]), new ProcessDefinition([Step("a"), Step("b")], new StepId("a")));
    }

    [Theory]
    [InlineData("Supervisor-Review")]
    [InlineData("supervisor review")]
    [InlineData("-review")]
    [InlineData("")]
    public void StepId_MustBeASlug(string id) =>
        Assert.Contains("not a valid step id", Assert.Throws<ArgumentException>(() => Step(id)).Message, StringComparison.Ordinal);

    [Fact]
    public void After_MustBeASlug() =>
        Assert.Throws<ArgumentException>(() => Step("b", after: "Step A"));

    [Fact]
    public void Accepts_RecordsAndMayRecord()
    {
        // EK 4.1: the network records observations and, possibly, solution proposals as separate entries.
        var step = Step("network-review") with { Records = [RecordKind.Observation], MayRecord = [RecordKind.SolutionProposal] };

        Assert.True(step.Accepts(RecordKind.Observation));
        Assert.True(step.Accepts(RecordKind.SolutionProposal));
        Assert.False(step.Accepts(RecordKind.Decision));
        Assert.ThrowsAny<ArgumentException>(() => step with { Records = [(RecordKind)42] });
        Assert.Equal("network-review (Vaihe network-review)", step.ToString());
    }

    [Fact]
    public void StepDue_InMonths_IsEkJanuaryAndAugust()
    {
        // EK 4.1: the safety expert compiles the reports "puolivuositain tammi- ja elokuussa".
        var due = StepDue.InMonthsOf(1, 8);

        Assert.Equal([1, 8], due.InMonths!);
        Assert.Null(due.WithinDays);
        Assert.Null(due.WithinDaysAfterPeriodEnd);
        Assert.Equal("in months 1, 8", due.ToString());
        Assert.Equal(due, new StepDueInMonths([1, 8]));
    }

    [Fact]
    public void StepDue_Days()
    {
        Assert.Equal(14, StepDue.WithinDaysAfterPrevious(14).WithinDays);
        Assert.Equal("within 14 days of the previous step", StepDue.WithinDaysAfterPrevious(14).ToString());
        Assert.Equal(30, StepDue.AfterPeriodEnd(30).WithinDaysAfterPeriodEnd);
        Assert.Equal("within 30 days after the reporting period ends", StepDue.AfterPeriodEnd(30).ToString());
        Assert.Equal(1, StepDue.WithinDaysAfterPrevious(1).WithinDays);
        Assert.Equal(366, StepDue.AfterPeriodEnd(366).WithinDaysAfterPeriodEnd);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    [InlineData(-1)]
    public void StepDue_DaysOutside1To366_AreRefused(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepDue.WithinDaysAfterPrevious(days));
        Assert.Throws<ArgumentOutOfRangeException>(() => StepDue.AfterPeriodEnd(days));
    }

    [Theory]
    [InlineData]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(1, 8, 1)]
    public void StepDue_MonthsMustBeDistinct_1To12_AndAtLeastOne(params int[] months) =>
        Assert.Throws<ArgumentException>(() => StepDue.InMonthsOf(months));

    [Fact]
    public void StepDue_AMonthTwice_IsNamedInTheMessage() =>
        Assert.Contains("The month is already listed", Assert.Throws<ArgumentException>(() => StepDue.InMonthsOf(8, 1, 8)).Message, StringComparison.Ordinal);

    [Fact]
    public void StepDue_WindowForTheDefaultPeriod_IsRefused_NamingIt() =>
        Assert.Contains(
            "The default ReportingPeriod is no period",
            Assert.Throws<ArgumentException>(() => StepDue.AfterPeriodEnd(30).WindowFor(default)).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Capitalize_ChangesTheFirstLetterOnly_AndLeavesEmptyTextEmpty()
    {
        Assert.Equal("Report r-17 of ételä", ProcessTarget.Capitalize("report r-17 of ételä"));
        Assert.Equal("Ä", ProcessTarget.Capitalize("ä"));
        Assert.Equal(string.Empty, ProcessTarget.Capitalize(string.Empty));
    }

    private static ProcessStep Step(string id, string? after = null) => new()
    {
        Id = new StepId(id),
        Name = new LocalizedText($"Vaihe {id}"),
        PerformedBy = new ActorId("network"),
        After = after is null ? null : new StepId(after),
    };
}
