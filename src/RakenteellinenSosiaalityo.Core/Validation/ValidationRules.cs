namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>The stable codes of the rules a <see cref="ValidationProblem"/> can name.</summary>
public static class ValidationRules
{
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

    /// <summary>A reference names an actor the profile does not have.</summary>
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

    /// <summary>A reference names a process step the process does not have.</summary>
    public const string UnknownStep = "unknown-step";

    /// <summary>A process step cannot be reached from the process's first step (it follows itself, directly or through others).</summary>
    public const string UnreachableStep = "unreachable-step";

    /// <summary>A reference names a service the profile does not have.</summary>
    public const string UnknownService = "unknown-service";

    /// <summary>The compilations group by a dimension whose data the profile lacks (by area without areas), or by one dimension twice.</summary>
    public const string DimensionWithoutData = "dimension-without-data";

    /// <summary>A reference names an annual-clock rule the profile's clock does not have.</summary>
    public const string UnknownClockRule = "unknown-clock-rule";
}
