namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// What every id type of the library is (<see cref="Actors.ActorId"/>, <see cref="Reports.ReportId"/>,
/// <see cref="Compilations.CompilationId"/>, <see cref="Phenomena.PhenomenonReportId"/>, <see cref="Regions.ServiceId"/>,
/// <see cref="Phenomena.ThemeId"/>, <see cref="Evaluation.MetricId"/>, <see cref="Clock.ClockRuleId"/>, <see cref="Processes.StepId"/>): a string value checked by
/// one rule, so that <see cref="SystemId.Check{T}"/> guards every constructor and
/// <see cref="Serialization.SystemIdJsonConverter{T}"/> reads and writes every id as a JSON string, each with the same
/// message.
/// </summary>
/// <typeparam name="TSelf">The id type.</typeparam>
internal interface ISystemId<TSelf>
    where TSelf : struct, ISystemId<TSelf>
{
    /// <summary>What the id identifies, for messages, e.g. <c>report</c>.</summary>
    static abstract string What { get; }

    /// <summary>The id's rule in words, for messages, e.g. <c>1–64 ASCII letters, digits, …</c>.</summary>
    static abstract string Rule { get; }

    /// <summary>The id text; null for the default value.</summary>
    string Value { get; }

    /// <summary>Whether <paramref name="value"/> keeps the id's rule (each id's public <c>IsValid</c>).</summary>
    static abstract bool IsValid(string? value);

    /// <summary>Makes an id of text that keeps the rule.</summary>
    static abstract TSelf Of(string value);
}
