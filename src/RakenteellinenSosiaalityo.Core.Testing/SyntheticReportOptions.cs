using Ardalis.GuardClauses;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// How <see cref="SyntheticReports"/> walks its reports (fi: synteettisten raporttien asetukset): which share stays
/// pending, is returned or withdrawn, how many distinct contents are drawn, and how long processing takes.
/// </summary>
/// <remarks>
/// The shares are drawn per report, so they are expected values, not exact counts. Every report not pending, returned
/// or withdrawn is processed to the completion step of the profile's report process. Immutable.
/// </remarks>
public sealed record SyntheticReportOptions
{
    /// <summary>The options with their defaults: 8 % pending, none returned or withdrawn, 2048 contents, up to 10 days of processing.</summary>
    public static SyntheticReportOptions Default { get; } = new();

    /// <summary>
    /// The share of reports left with a step pending (0–1; default 0.08): stopped before the completion step, or, when
    /// the completion step is the first one, with a later step not yet performed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–1.</exception>
    public double PendingShare { get; init => field = Share(value, nameof(PendingShare)); } = 0.08;

    /// <summary>The share of reports returned to their authors for completion after submission (0–1; default 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–1.</exception>
    public double ReturnedShare { get; init => field = Share(value, nameof(ReturnedShare)); }

    /// <summary>The share of reports withdrawn after submission (0–1; default 0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 0–1.</exception>
    public double WithdrawnShare { get; init => field = Share(value, nameof(WithdrawnShare)); }

    /// <summary>
    /// How many distinct <see cref="Reports.ReportContent"/> values the reports share (1–1,000,000; default 2048). The
    /// contents are immutable, so a million reports can share a few thousand of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–1,000,000.</exception>
    public int DistinctContents { get; init => field = Guard.Against.OutOfRange(value, nameof(DistinctContents), 1, 1_000_000); } = 2048;

    /// <summary>The longest time from submission to the last operation on a report (1 minute–365 days; default 10 days).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 minute–365 days.</exception>
    public Duration MaxProcessingTime
    {
        get;
        init => field = value >= Duration.FromMinutes(1) && value <= Duration.FromDays(365)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxProcessingTime), value, "The processing time is from 1 minute to 365 days.");
    } = Duration.FromDays(10);

    /// <summary>The start of every report id, followed by a dash and a seven-digit number in submission order (default <c>SR</c>).</summary>
    /// <exception cref="ArgumentException">Set to a value that is not 1–40 ASCII letters and digits.</exception>
    public string IdPrefix
    {
        get;
        init => field = value is { Length: > 0 and <= 40 } && value.All(char.IsAsciiLetterOrDigit)
            ? value
            : throw new ArgumentException("An id prefix is 1–40 ASCII letters and digits.", nameof(IdPrefix));
    } = "SR";

    private static double Share(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A share is from 0 to 1.");
}
