using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>In any valid process every step can be reached from the first, and no required step can be skipped.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public sealed class ProcessProperties
{
    [Property]
    public bool EveryStep_LeadsBackToTheFirst_WithoutRepeating(ProcessDefinition process) =>
        process.Steps.All(step =>
        {
            var chain = process.RequiredBefore(step);
            return step == process.First
                ? chain.Count == 0 && process.Predecessor(step) is null
                : chain[^1] == process.First
                    && chain[0] == process.Predecessor(step)
                    && !chain.Contains(step)
                    && chain.Distinct().Count() == chain.Count;
        });

    [Property]
    public bool CompletionStep_IsAStepOfTheProcess(ProcessDefinition process) =>
        process.Steps.Contains(process.CompletionStep)
        && (process.CompletesWith is null ? process.CompletionStep == process.Steps[^1] : process.CompletionStep.Id == process.CompletesWith);
}
