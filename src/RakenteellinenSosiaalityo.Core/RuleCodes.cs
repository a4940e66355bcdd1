namespace RakenteellinenSosiaalityo.Core;

/// <summary>
/// Every stable rule code of the library in one place (fi: sääntökoodit): what <see cref="DomainException.Code"/>,
/// <see cref="Processes.LifecycleCheck.Code"/> and <see cref="Validation.ValidationProblem"/> carry. Programs match on
/// these; the messages are for people.
/// </summary>
/// <remarks>
/// A code means one thing wherever it is raised: <see cref="RegionMismatch"/> is the same code whether the process
/// engine, the compiler or the evaluator refuses. The per-concept constants (<see cref="Processes.LifecycleRules"/>,
/// <see cref="Validation.ValidationRules"/>, the <c>…Code</c> constants of <see cref="Compilations.CompilationException"/>
/// and <see cref="Evaluation.EvaluationException"/>) are aliases of these, kept so that existing code compiles.
/// </remarks>
public static class RuleCodes
{
    // Validation: the codes a ValidationProblem names (documents and region profiles).

    /// <summary>The text is not well-formed JSON.</summary>
    public const string MalformedJson = "malformed-json";

    /// <summary>An object has a property the format does not define (often a typo).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>An object has the same property twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A value has the wrong JSON type, e.g. a number where a string belongs.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>A value has the right type but is not allowed, e.g. an unknown enum name or a malformed id.</summary>
    public const string InvalidValue = "invalid-value";

    /// <summary>The document's <c>schemaVersion</c> is not one this version of the library reads.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>A date is not a real calendar date or day of the year (e.g. 30 February).</summary>
    public const string InvalidDate = "invalid-date";

    /// <summary>Two items that must have distinct ids share one.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names an actor the profile does not have: in a profile or document, or a decided action's responsible actor.</summary>
    public const string UnknownActor = "unknown-actor";

    /// <summary>A label has no Finnish text.</summary>
    public const string MissingFinnish = "missing-finnish";

    /// <summary>A business id (Y-tunnus) is malformed or its check digit is wrong.</summary>
    public const string InvalidBusinessId = "invalid-business-id";

    /// <summary>The reporting periods leave days of the year that no period covers.</summary>
    public const string PeriodGap = "period-gap";

    /// <summary>Two reporting periods cover the same day.</summary>
    public const string PeriodOverlap = "period-overlap";

    /// <summary>A reporting period starts or ends on 29 February.</summary>
    public const string PeriodLeapDay = "period-leap-day";

    /// <summary>A reporting period scheme has no periods.</summary>
    public const string NoPeriods = "no-periods";

    /// <summary>A date range ends before it starts.</summary>
    public const string InvalidRange = "invalid-range";

    /// <summary>A reference names a process step the process does not have: in a profile or document, or an operation on a step.</summary>
    public const string UnknownStep = "unknown-step";

    /// <summary>A process step cannot be reached from the process's first step (it follows itself, directly or through others).</summary>
    public const string UnreachableStep = "unreachable-step";

    /// <summary>A reference names a service the profile does not have: in a profile or document, or a report's content.</summary>
    public const string UnknownService = "unknown-service";

    /// <summary>A reference names a municipality or area the profile does not have: in a profile or document, or a report's content.</summary>
    public const string UnknownArea = "unknown-area";

    /// <summary>The compilations group by a dimension whose data the profile lacks (by area without areas), or by one dimension twice.</summary>
    public const string DimensionWithoutData = "dimension-without-data";

    /// <summary>
    /// A region profile is larger than <see cref="Regions.RegionProfileJson.MaxBytes"/> bytes of UTF-8; it is refused at
    /// <c>$</c> before it is parsed.
    /// </summary>
    public const string ProfileTooLarge = "profile-too-large";

    /// <summary>A reference names an annual-clock rule the profile's clock does not have.</summary>
    public const string UnknownClockRule = "unknown-clock-rule";

    // Lifecycle: the process engine of reports, compilations and phenomenon reports.

    /// <summary>The step is performed by another actor than the one the profile names for it.</summary>
    public const string WrongActor = "wrong-actor";

    /// <summary>The step it follows has not been performed (in the current round, after a return for completion).</summary>
    public const string StepOutOfOrder = "step-out-of-order";

    /// <summary>The step has already been performed; performing a step twice is refused, never silently ignored.</summary>
    public const string StepAlreadyPerformed = "step-already-performed";

    /// <summary>The subject has been withdrawn; nothing more can be done to it.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The operation needs the process to have started (a report submitted) and not returned to its makers.</summary>
    public const string NotInProcess = "not-in-process";

    /// <summary>The content can only be changed before it is submitted, or after it is returned for completion.</summary>
    public const string NotEditable = "not-editable";

    /// <summary>The step must record something that was not given.</summary>
    public const string RecordMissing = "record-missing";

    /// <summary>The step does not record that kind of entry.</summary>
    public const string RecordNotAccepted = "record-not-accepted";

    /// <summary>The operation is dated before the last entry of the history.</summary>
    public const string TimeOutOfOrder = "time-out-of-order";

    /// <summary>An aggregate, report, compilation or phenomenon report belongs to another region than the profile given (process engine, compiler, evaluator, annual clock).</summary>
    public const string RegionMismatch = "region-mismatch";

    /// <summary>The content names a phenomenon theme the region profile does not have.</summary>
    public const string UnknownTheme = "unknown-theme";

    /// <summary>Free text holds a personal identity code, a phone number or an e-mail address (see <see cref="Privacy.PersonalDataException"/>).</summary>
    public const string PersonalData = "personal-data";

    /// <summary>A history does not describe a possible lifecycle (it was not produced by the library's operations).</summary>
    public const string InvalidHistory = "invalid-history";

    /// <summary>A compilation has no decided action with that number.</summary>
    public const string UnknownAction = "unknown-action";

    /// <summary>The decided action is already done or cancelled; its status is final.</summary>
    public const string ActionClosed = "action-closed";

    /// <summary>The region profile has no phenomenon process (<c>phenomenonProcess</c> and <c>phenomenonReports</c>), so a phenomenon report cannot follow one.</summary>
    public const string NoPhenomenonProcess = "no-phenomenon-process";

    /// <summary>A phenomenon report's selection names a source the region does not use for choosing phenomena.</summary>
    public const string UnknownSource = "unknown-source";

    /// <summary>A workshop session names a workshop the region's profile does not have.</summary>
    public const string UnknownWorkshop = "unknown-workshop";

    /// <summary>A workshop step is performed before any session of its workshop is recorded.</summary>
    public const string WorkshopMissing = "workshop-missing";

    /// <summary>A client case description is recorded without being marked anonymized by the person recording it.</summary>
    public const string NotAnonymized = "not-anonymized";

    /// <summary>The write step of a phenomenon report is performed before the report is written.</summary>
    public const string ReportNotWritten = "report-not-written";

    // Compiler.

    /// <summary>Two reports with the same id were given.</summary>
    public const string DuplicateReport = "duplicate-report";

    /// <summary>The previous compilation carried a report over that the input does not contain.</summary>
    public const string MissingCarriedOverReport = "missing-carried-over-report";

    /// <summary>The cutoff is before the end of the period.</summary>
    public const string CutoffBeforePeriodEnd = "cutoff-before-period-end";

    /// <summary>The period is not a reporting period of the profile.</summary>
    public const string UnknownPeriod = "unknown-period";

    /// <summary>Two earlier compilations cover the same period.</summary>
    public const string DuplicateCompilation = "duplicate-compilation";

    // Evaluator.

    /// <summary>An assessment names a metric the profile does not have.</summary>
    public const string UnknownMetric = "unknown-metric";

    /// <summary>An assessment names a derived metric, whose status comes from the records.</summary>
    public const string DerivedMetricAssessed = "derived-metric-assessed";

    /// <summary>The evaluated dates are not given: the plan has no validity, or it has no end.</summary>
    public const string NoValidity = "no-validity";

    // Documents and definitions that do not load: the code of the ValidationException listing every problem.

    /// <summary>A region profile breaks one or more rules; the exception lists every problem.</summary>
    public const string ProfileInvalid = "profile-invalid";

    /// <summary>A process definition breaks one or more rules.</summary>
    public const string ProcessInvalid = "process-invalid";

    /// <summary>A reporting period scheme breaks one or more rules.</summary>
    public const string PeriodSchemeInvalid = "period-scheme-invalid";

    /// <summary>A social report document breaks one or more rules.</summary>
    public const string ReportInvalid = "report-invalid";

    /// <summary>A compilation document breaks one or more rules.</summary>
    public const string CompilationInvalid = "compilation-invalid";

    /// <summary>A phenomenon report document breaks one or more rules.</summary>
    public const string PhenomenonReportInvalid = "phenomenon-report-invalid";

    /// <summary>An activity record document breaks one or more rules.</summary>
    public const string ActivityRecordsInvalid = "activity-records-invalid";

    /// <summary>An evaluation report document breaks one or more rules.</summary>
    public const string EvaluationInvalid = "evaluation-invalid";
}
