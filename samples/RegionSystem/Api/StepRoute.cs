using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RegionSystem.Api;

/// <summary>The step of a route (<c>…/steps/{step}</c>): text that is no step id names no step, as an unknown step does.</summary>
internal static class StepRoute
{
    public static StepId Parse(string step) => StepId.IsValid(step) ? new StepId(step) : throw ApiProblemException.NotFound($"step {PersonalDataScanner.Redact(step)}");
}
