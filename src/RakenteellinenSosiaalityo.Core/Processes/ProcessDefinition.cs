using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The steps a social report or a compilation goes through in a region (fi: käsittelyprosessi), each performed by the
/// actor the profile names, in order.
/// </summary>
/// <remarks>
/// <para>
/// Steps form a tree rooted at the first step: each step follows the one named by its <see cref="ProcessStep.After"/>,
/// or the step before it in the list. A step may be performed only after the step it follows, and therefore after
/// every step on the way back to the first one: no required step can be skipped. Two steps that follow the same step
/// are independent, e.g. a supervisor's acknowledgement that does not hold back the compilation.
/// </para>
/// <para>Immutable; compares by value.</para>
/// </remarks>
public sealed record ProcessDefinition
{
    /// <summary>Creates a process.</summary>
    /// <param name="steps">The steps, first step first.</param>
    /// <param name="completesWith">The id of the step after which the process's subject is done (for a report:
    /// ready for compilation); null for the last step in the list.</param>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="steps"/> holds null.</exception>
    /// <exception cref="ValidationException">No steps, two steps with one id, a step following an unknown step, a step
    /// that cannot be reached from the first, or an unknown <paramref name="completesWith"/> (code <c>process-invalid</c>).</exception>
    [JsonConstructor]
    public ProcessDefinition(IReadOnlyList<ProcessStep> steps, StepId? completesWith = null)
    {
        Guard.Against.Null(steps);
        var list = ValueList.From(steps, nameof(steps));
        var problems = Check(list, completesWith, "$");
        if (problems.Count > 0)
        {
            throw new ValidationException(RuleCodes.ProcessInvalid, "Process", problems);
        }

        Steps = list;
        CompletesWith = completesWith;
    }

    /// <summary>The steps, first step first.</summary>
    [JsonPropertyName("steps")]
    public IReadOnlyList<ProcessStep> Steps { get; }

    /// <summary>The id of the step after which the subject is done, as given; null means the last step in the list. See <see cref="CompletionStep"/>.</summary>
    [JsonPropertyName("completesWith")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StepId? CompletesWith { get; }

    /// <summary>The first step: the one that starts the process (for a report: submitting it).</summary>
    [JsonIgnore]
    public ProcessStep First => Steps[0];

    /// <summary>The step after which the subject is done (for a report: ready for compilation).</summary>
    [JsonIgnore]
    public ProcessStep CompletionStep => CompletesWith is { } completesWith ? GetStep(completesWith) : Steps[^1];

    /// <summary>The step with id <paramref name="stepId"/>, or null.</summary>
    /// <param name="stepId">A step id.</param>
    /// <returns>The step, or null when the process has none with that id.</returns>
    public ProcessStep? FindStep(StepId? stepId)
    {
        // A loop, not LINQ: every operation of every report asks (a million reports rebuilt from a document).
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Id == stepId)
            {
                return Steps[i];
            }
        }

        return null;
    }

    /// <summary>The step with id <paramref name="stepId"/>.</summary>
    /// <param name="stepId">A step id.</param>
    /// <returns>The step.</returns>
    /// <exception cref="KeyNotFoundException">The process has no such step.</exception>
    public ProcessStep GetStep(StepId stepId) =>
        FindStep(stepId) ?? throw new KeyNotFoundException($"The process has no step '{stepId}'. Its steps are: {string.Join(", ", Steps.Select(s => s.Id))}.");

    /// <summary>The step that must be performed right before <paramref name="step"/>, or null for the first step.</summary>
    /// <param name="step">A step of this process.</param>
    /// <returns>The step it follows, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="step"/> is not a step of this process.</exception>
    public ProcessStep? Predecessor(ProcessStep step)
    {
        Guard.Against.Null(step);
        var index = IndexOf(step.Id);
        return index == 0 ? null : step.After is { } after ? GetStep(after) : Steps[index - 1];
    }

    /// <summary>Every step that must be done before <paramref name="step"/>, nearest first, back to the first step.</summary>
    /// <param name="step">A step of this process.</param>
    /// <returns>The chain of predecessors; empty for the first step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="step"/> is not a step of this process.</exception>
    public IReadOnlyList<ProcessStep> RequiredBefore(ProcessStep step)
    {
        var chain = new List<ProcessStep>();
        for (var current = Predecessor(step); current is not null; current = Predecessor(current))
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>Returns the step ids in order, e.g. <c>submit → supervisor-review</c>.</summary>
    /// <returns>The steps.</returns>
    public override string ToString() => string.Join(" → ", Steps.Select(s => s.Id));

    /// <summary>Checks a process's steps, reporting problems under <paramref name="path"/> (e.g. <c>$.reportProcess</c>).</summary>
    internal static List<ValidationProblem> Check(IReadOnlyList<ProcessStep> steps, StepId? completesWith, string path)
    {
        var problems = new List<ValidationProblem>();
        var ids = steps.Select(s => (string?)s.Id.Value).ToList();
        var afters = steps.Select(s => s.After?.Value).ToList();
        CheckStructure(ids, afters, completesWith?.Value, path, problems);
        return problems;
    }

    /// <summary>
    /// The structural rules of a process, on ids alone so that the JSON validator can run them on a document that does
    /// not deserialize: <paramref name="ids"/>[i] is step i's id (null when missing or malformed) and
    /// <paramref name="afters"/>[i] its <c>after</c> (null when absent).
    /// </summary>
    internal static void CheckStructure(IReadOnlyList<string?> ids, IReadOnlyList<string?> afters, string? completesWith, string path, List<ValidationProblem> problems)
    {
        var stepsPath = path + ".steps";
        if (ids.Count == 0)
        {
            problems.Add(new(stepsPath, ValidationRules.MissingProperty, "A process needs at least one step."));
            return;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] is { } id && !index.TryAdd(id, i))
            {
                problems.Add(new($"{stepsPath}[{i}].id", ValidationRules.DuplicateId, $"Another step of the process already has the id '{id}'; step ids must be unique within a process."));
            }
        }

        if (afters[0] is not null)
        {
            problems.Add(new($"{stepsPath}[0].after", ValidationRules.UnreachableStep, "The first step starts the process and follows no other step; remove 'after' or move the step."));
        }

        for (var i = 1; i < afters.Count; i++)
        {
            if (afters[i] is { } after && !index.ContainsKey(after))
            {
                problems.Add(new($"{stepsPath}[{i}].after", ValidationRules.UnknownStep, $"The process has no step '{after}'. Use the id of one of its steps: {string.Join(", ", index.Keys)}."));
            }
        }

        // Walk back from each step to the first; a walk that meets itself again never gets there.
        for (var i = 1; i < ids.Count; i++)
        {
            var seen = new HashSet<int> { i };
            var current = i;
            while (current != 0)
            {
                int previous;
                if (afters[current] is { } after)
                {
                    if (!index.TryGetValue(after, out previous))
                    {
                        break; // Reported above as an unknown step.
                    }
                }
                else
                {
                    previous = current - 1;
                }

                if (!seen.Add(previous))
                {
                    problems.Add(new(
                        $"{stepsPath}[{i}]" + (afters[i] is null ? string.Empty : ".after"),
                        ValidationRules.UnreachableStep,
                        $"Step '{ids[i]}' cannot be reached from the first step: following 'after' back from it goes round in a circle. Make every step follow an earlier one."));
                    break;
                }

                current = previous;
            }
        }

        if (completesWith is not null && !index.ContainsKey(completesWith))
        {
            problems.Add(new(path + ".completesWith", ValidationRules.UnknownStep, $"The process has no step '{completesWith}'. Use the id of one of its steps: {string.Join(", ", index.Keys)}."));
        }
    }

    private int IndexOf(StepId stepId)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Id == stepId)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The process has no step '{stepId}'. Its steps are: {string.Join(", ", Steps.Select(s => s.Id))}.");
    }
}
