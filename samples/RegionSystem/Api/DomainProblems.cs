using Microsoft.AspNetCore.Mvc;
using RakenteellinenSosiaalityo.Core;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RegionSystem.Api;

/// <summary>
/// Turns the library's refusals into RFC 9457 problem details carrying the rule code: the library decides, this only
/// chooses the HTTP status. Messages of the library name rule, actor and step and never a personal-data value.
/// </summary>
internal sealed class DomainProblems : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ApiProblemException e)
        {
            return Problem(e.Status, e.Code, e.Message, e.Problems);
        }
        catch (PersonalDataException e)
        {
            // Field and kind of each finding, never the value.
            var findings = e.Findings.Select(f => new ValidationProblem("$." + f.Field, LifecycleRules.PersonalData, $"{f.Field} holds {CamelCase.Of(f.Kind)}; remove it.")).ToList();
            return Problem(StatusCodes.Status400BadRequest, e.Code, e.Message, findings, e.Findings.Select(f => new { field = f.Field, kind = CamelCase.Of(f.Kind) }));
        }
        catch (ValidationException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Code, e.Message, e.Problems);
        }
        catch (DomainException e)
        {
            return Problem(StatusOf(e.Code), e.Code, e.Message, []);
        }
        catch (ArgumentException e)
        {
            // A value the library's constructors refuse (an empty entry text, a malformed id in the request).
            var path = e.ParamName is { } name ? "$." + JsonPathOf(name) : "$";
            return Problem(StatusCodes.Status400BadRequest, ValidationRules.InvalidValue, PersonalDataScanner.Redact(e.Message),
                [new ValidationProblem(path, ValidationRules.InvalidValue, PersonalDataScanner.Redact(e.Message))]);
        }
    }

    /// <summary>The HTTP status of a library rule code.</summary>
    public static int StatusOf(string code) => code switch
    {
        LifecycleRules.WrongActor => StatusCodes.Status403Forbidden,
        LifecycleRules.UnknownStep or LifecycleRules.UnknownAction => StatusCodes.Status404NotFound,
        LifecycleRules.StepOutOfOrder or LifecycleRules.StepAlreadyPerformed or LifecycleRules.Withdrawn
            or LifecycleRules.NotInProcess or LifecycleRules.NotEditable or LifecycleRules.ActionClosed
            or LifecycleRules.TimeOutOfOrder => StatusCodes.Status409Conflict,
        CompilationException.CutoffBeforePeriodEndCode or CompilationException.DuplicateCompilationCode
            or CompilationException.MissingCarriedOverReportCode or CompilationException.DuplicateReportCode => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult Problem(int status, string code, string detail, IReadOnlyList<ValidationProblem> problems, object? findings = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Type = $"https://rakenteellinen-sosiaalityo.github.io/problems/{code}",
            Detail = PersonalDataScanner.Redact(detail),
        };
        problem.Extensions["code"] = code;
        if (problems.Count > 0)
        {
            problem.Extensions["errors"] = problems.Select(p => new { path = p.Path, rule = p.Rule, message = PersonalDataScanner.Redact(p.Message) }).ToList();
        }

        if (findings is not null)
        {
            problem.Extensions["personalData"] = findings;
        }

        return Results.Problem(problem);
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request breaks a rule.",
        StatusCodes.Status403Forbidden => "The caller's actor may not do this.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "The operation conflicts with the current state.",
        _ => "The request failed.",
    };

    // Library field names are camelCase JSON names already ("description", "actionProposals[1]"); parameter names are PascalCase.
    private static string JsonPathOf(string field) =>
        field.Length > 0 && char.IsUpper(field[0]) ? char.ToLowerInvariant(field[0]) + field[1..] : field;
}
