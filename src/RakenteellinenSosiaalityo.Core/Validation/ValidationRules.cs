namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>The stable codes of the rules a <see cref="ValidationProblem"/> can name.</summary>
public static class ValidationRules
{
    /// <summary>The text is not well-formed JSON.</summary>
    public const string MalformedJson = RuleCodes.MalformedJson;

    /// <summary>An object has a property the format does not define (often a typo).</summary>
    public const string UnknownProperty = RuleCodes.UnknownProperty;

    /// <summary>An object has the same property twice.</summary>
    public const string DuplicateProperty = RuleCodes.DuplicateProperty;

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = RuleCodes.MissingProperty;

    /// <summary>A value has the wrong JSON type, e.g. a number where a string belongs.</summary>
    public const string WrongType = RuleCodes.WrongType;

    /// <summary>A value has the right type but is not allowed, e.g. an unknown enum name or a malformed id.</summary>
    public const string InvalidValue = RuleCodes.InvalidValue;

    /// <summary>The document's <c>schemaVersion</c> is not one this version of the library reads.</summary>
    public const string UnsupportedSchemaVersion = RuleCodes.UnsupportedSchemaVersion;

    /// <summary>A date is not a real calendar date or day of the year (e.g. 30 February).</summary>
    public const string InvalidDate = RuleCodes.InvalidDate;

    /// <summary>Two items that must have distinct ids share one.</summary>
    public const string DuplicateId = RuleCodes.DuplicateId;

    /// <summary>A reference names an actor the profile does not have.</summary>
    public const string UnknownActor = RuleCodes.UnknownActor;

    /// <summary>A label has no Finnish text.</summary>
    public const string MissingFinnish = RuleCodes.MissingFinnish;

    /// <summary>A business id (Y-tunnus) is malformed or its check digit is wrong.</summary>
    public const string InvalidBusinessId = RuleCodes.InvalidBusinessId;

    /// <summary>The reporting periods leave days of the year that no period covers.</summary>
    public const string PeriodGap = RuleCodes.PeriodGap;

    /// <summary>Two reporting periods cover the same day.</summary>
    public const string PeriodOverlap = RuleCodes.PeriodOverlap;

    /// <summary>A reporting period starts or ends on 29 February.</summary>
    public const string PeriodLeapDay = RuleCodes.PeriodLeapDay;

    /// <summary>A reporting period scheme has no periods.</summary>
    public const string NoPeriods = RuleCodes.NoPeriods;

    /// <summary>A date range ends before it starts.</summary>
    public const string InvalidRange = RuleCodes.InvalidRange;

    /// <summary>A reference names a process step the process does not have.</summary>
    public const string UnknownStep = RuleCodes.UnknownStep;

    /// <summary>A process step cannot be reached from the process's first step (it follows itself, directly or through others).</summary>
    public const string UnreachableStep = RuleCodes.UnreachableStep;

    /// <summary>A reference names a service the profile does not have.</summary>
    public const string UnknownService = RuleCodes.UnknownService;

    /// <summary>The compilations group by a dimension whose data the profile lacks (by area without areas), or by one dimension twice.</summary>
    public const string DimensionWithoutData = RuleCodes.DimensionWithoutData;

    /// <summary>A reference names an annual-clock rule the profile's clock does not have.</summary>
    public const string UnknownClockRule = RuleCodes.UnknownClockRule;
}
