using RakenteellinenSosiaalityo.Core.Validation;

namespace RegionSystem.Api;

/// <summary>A refusal of the sample itself (not found, concurrent change, unreadable request), with its HTTP status and rule code.</summary>
internal sealed class ApiProblemException(int status, string code, string message, IReadOnlyList<ValidationProblem>? problems = null)
    : Exception(message)
{
    public const string NotFoundCode = "not-found";
    public const string ConcurrentChangeCode = "concurrent-change";
    public const string NoActorCode = "no-actor";

    public int Status { get; } = status;

    public string Code { get; } = code;

    public IReadOnlyList<ValidationProblem> Problems { get; } = problems ?? [];

    public static ApiProblemException NotFound(string what) =>
        new(StatusCodes.Status404NotFound, NotFoundCode, $"There is no {what} in this region.");

    public static ApiProblemException ConcurrentChange(string id) =>
        new(StatusCodes.Status409Conflict, ConcurrentChangeCode,
            $"{id} was changed by someone else since it was read: read it again and repeat the operation if it still applies.");

    public static ApiProblemException Invalid(IReadOnlyList<ValidationProblem> problems) =>
        new(StatusCodes.Status400BadRequest, problems.Count == 1 ? problems[0].Rule : "invalid-request",
            $"The request is invalid: {problems.Count} {(problems.Count == 1 ? "problem" : "problems")}.", problems);
}
