using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Plans;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Validation;

/// <summary>
/// The small shared types (issue 16): a problem and the two exceptions that carry problems (what their messages list),
/// the check for items listed twice, the immutable lists' value semantics, and the plan's values.
/// </summary>
public sealed class ProblemTests
{
    private static readonly ValidationProblem First = new("$.a", RuleCodes.InvalidValue, "A is wrong.");
    private static readonly ValidationProblem Second = new("$.b[1]", RuleCodes.MissingProperty, "B is missing.");

    [Fact]
    public void ValidationProblem_NamesPathMessageAndRule_AndRefusesBlanks()
    {
        var text = First.ToString();

        Assert.True(text.IndexOf("$.a", StringComparison.Ordinal) < text.IndexOf("A is wrong.", StringComparison.Ordinal), text);
        Assert.Contains(RuleCodes.InvalidValue, text, StringComparison.Ordinal);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new ValidationProblem(" ", "r", "m")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => new ValidationProblem("$", " ", "m")).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new ValidationProblem("$", "r", " ")).ParamName);
    }

    [Fact]
    public void ValidationException_CountsAndListsEveryProblem_UnderItsSubject()
    {
        var one = new ValidationException(RuleCodes.ProfileInvalid, "Region profile", [First]);
        var two = new ValidationException(RuleCodes.ProfileInvalid, "Region profile", [First, Second]);

        Assert.StartsWith("Region profile ", one.Message, StringComparison.Ordinal);
        Assert.Contains(" 1 problem.", one.Message, StringComparison.Ordinal);
        Assert.Contains(" 2 problems.", two.Message, StringComparison.Ordinal);
        Assert.Equal(["", First.ToString(), Second.ToString()], two.Message.Split('\n').Skip(1).Prepend("").Select(line => line.TrimStart(' ', '-')));
        Assert.Equal(3, two.Message.Split('\n').Length);
        Assert.Equal((RuleCodes.ProfileInvalid, 2), (two.Code, two.Problems.Count));
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new ValidationException(RuleCodes.ProfileInvalid, "x", [])).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new ValidationException(RuleCodes.ProfileInvalid, "x", [First, null!])).ParamName);
    }

    // The first problem's message as it is, then the others one a line; the first problem's rule is the code.
    [Fact]
    public void ProblemsException_SaysTheFirstProblemAsItIs_ThenTheOthers()
    {
        var one = new EvaluationException([Second]);
        var two = new EvaluationException([Second, First]);
        var coded = new EvaluationException(EvaluationException.NoValidityCode, "No validity.");

        Assert.Equal((Second.Message, Second.Rule), (one.Message, one.Code));
        Assert.StartsWith(Second.Message + " (1 more", two.Message, StringComparison.Ordinal);
        Assert.EndsWith("- " + First + ")", two.Message, StringComparison.Ordinal);
        Assert.Equal(2, two.Message.Split('\n').Length);
        Assert.Equal(Second.Rule, two.Code);
        Assert.Equal([new ValidationProblem("$", EvaluationException.NoValidityCode, "No validity.")], coded.Problems);
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new EvaluationException([])).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new EvaluationException(null!)).ParamName);
    }

    [Fact]
    public void DistinctItems_FlagsEachRepetitionAtItsIndex_AndIgnoresNulls()
    {
        var problems = new List<ValidationProblem>();

        DistinctItems.Check<string>(["a", null, "b", "a", null, "a"], "$.x", "thing", problems);

        Assert.Equal(["$.x[3]", "$.x[5]"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(RuleCodes.InvalidValue, p.Rule));
        Assert.All(problems, p => Assert.Contains("thing", p.Message, StringComparison.Ordinal));
        var e = Assert.Throws<ArgumentException>(() => DistinctItems.ThrowIfAny(problems, "things"));
        Assert.Equal("things", e.ParamName);
        Assert.Contains(problems[0].Message, e.Message, StringComparison.Ordinal);
        DistinctItems.ThrowIfAny([], "things");
    }

    [Fact]
    public void DistinctItems_ReadsArraysOnly_KeepingThePositionsOfOtherValues()
    {
        using var document = JsonDocument.Parse("""{ "n": [1, "x", 2.5, 3], "s": ["a", 1, "b"], "o": {} }""");
        var root = document.RootElement;

        Assert.Equal([1, null, null, 3], DistinctItems.Int32s(root.GetProperty("n")));
        Assert.Equal(["a", null, "b"], DistinctItems.Strings(root.GetProperty("s")));
        Assert.Empty(DistinctItems.Int32s(root.GetProperty("o")));
        Assert.Empty(DistinctItems.Strings(root.GetProperty("o")));
    }

    [Fact]
    public void ValueList_ComparesByItems_AndAppendCopies()
    {
        var list = ValueList<string>.From(["a", "b"]);
        var same = ValueList<string>.From(new List<string> { "a", "b" });
        var appended = list.With("c");

        Assert.Equal(same, list);
        Assert.True(list.Equals((object)same));
        Assert.Equal(same.GetHashCode(), list.GetHashCode());
        Assert.NotEqual(list, ValueList<string>.From(["b", "a"]));
        Assert.False(list.Equals(null));
        Assert.False(list.Equals((object)new List<string> { "a", "b" }));
        Assert.Equal(["a", "b"], list);
        Assert.Equal(["a", "b", "c"], appended);
        Assert.Equal("c", appended[2]);
        Assert.Equal(3, appended.Count);
        Assert.Equal("[a, b]", list.ToString());
        Assert.Same(list, ValueList<string>.From(list));
        Assert.Same(ValueList<string>.Empty, ValueList<string>.From(null));
        Assert.Same(ValueList<string>.Empty, ValueList<string>.From([]));
        Assert.Same(ValueList<string>.Empty, ValueList<string>.Own([]));
        Assert.Equal(["x"], ValueList<string>.Own(["x"]));
        Assert.Equal(["a", "b"], ((System.Collections.IEnumerable)list).Cast<string>());
        var e = Assert.Throws<ArgumentException>(() => ValueList.From(["a", null!, "b"], "names"));
        Assert.Equal("names", e.ParamName);
        Assert.Contains("1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectedList_ProjectsEachItemOnRead()
    {
        var projected = new ProjectedList<int, string>([1, 2, 3], n => new string('x', n));

        Assert.Equal(3, projected.Count);
        Assert.Equal("xx", projected[1]);
        Assert.Equal(["x", "xx", "xxx"], projected);
        Assert.Equal(["x", "xx", "xxx"], ((System.Collections.IEnumerable)projected).Cast<string>());
    }

    [Fact]
    public void PlanValues_RefuseWhatIsNotAPlan_AndValidityContainsItsEnds()
    {
        var start = new LocalDate(2025, 1, 1);
        var end = new LocalDate(2025, 12, 31);
        var validity = new PlanValidity(start, end);
        var open = new PlanValidity(start);

        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new PlanValidity(start, start.PlusDays(-1))).ParamName);
        Assert.Equal(start, new PlanValidity(start, start).End);
        Assert.Equal([false, true, true, false], new[] { start.PlusDays(-1), start, end, end.PlusDays(1) }.Select(validity.Contains));
        Assert.Equal([false, true, true], new[] { start.PlusDays(-1), start, end.PlusYears(50) }.Select(open.Contains));
        var cadence = new LocalizedText("Vuosittain");
        Assert.Equal("ReviewMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanMaintenance { Responsible = [], Cadence = cadence, ReviewMonth = 0 }).ParamName);
        Assert.Equal("ReviewMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanMaintenance { Responsible = [], Cadence = cadence, ReviewMonth = 13 }).ParamName);
        Assert.Equal((1, 12), (new PlanMaintenance { Responsible = [], Cadence = cadence, ReviewMonth = 1 }.ReviewMonth, new PlanMaintenance { Responsible = [], Cadence = cadence, ReviewMonth = 12 }.ReviewMonth));
        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => new PlanApproval(null!, start)).ParamName);
        Assert.Equal(start, new PlanApproval(PartyReference.ToActor("artu"), start).On);
    }

    // The citation follows the language's convention: "section 7" in English, "7 §" in Finnish and Swedish.
    [Fact]
    public void LegalBasis_Citation_NamesActStatuteAndSection_InTheLanguagesConvention()
    {
        var basis = new LegalBasis { Act = new LocalizedText("Sosiaalihuoltolaki", "Socialvårdslagen", "Social Welfare Act"), Statute = "1301/2014", Section = "7", Duties = [] };

        Assert.All(Enum.GetValues<Language>(), language =>
        {
            var citation = basis.Citation(language);
            Assert.StartsWith(basis.Act.Get(language) + " 1301/2014", citation, StringComparison.Ordinal);
            Assert.Equal(language != Language.English, citation.EndsWith(" 7 §", StringComparison.Ordinal));
            Assert.Equal(language == Language.English, citation.EndsWith("section 7", StringComparison.Ordinal));
        });
        Assert.Equal(basis.Citation(Language.Finnish), basis.ToString());
        Assert.Equal("Statute", Assert.Throws<ArgumentException>(() => basis with { Statute = " " }).ParamName);
        Assert.Equal("Section", Assert.Throws<ArgumentException>(() => basis with { Section = " " }).ParamName);
    }
}
