using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// One dated activity of an annual clock (fi: vuosikellon tapahtuma): the rule it comes from and the dates within which
/// it is due, a single day or a window such as a whole month.
/// </summary>
/// <remarks>Immutable; compares by value (rule, window, occurrence and period).</remarks>
public sealed record ScheduledActivity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="rule">The rule it comes from.</param>
    /// <param name="window">The dates within which it is due; one day for a fixed date.</param>
    /// <param name="occurrence">Which of the rule's activities of the year it is, from 1.</param>
    /// <param name="period">The reporting period it follows or ends, for period rules; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is less than 1.</exception>
    public ScheduledActivity(ClockRule rule, DateInterval window, int occurrence, ReportingPeriod? period = null)
    {
        Rule = Guard.Against.Null(rule);
        Window = Guard.Against.Null(window);
        Occurrence = Guard.Against.OutOfRange(occurrence, nameof(occurrence), 1, int.MaxValue);
        Period = period;
    }

    /// <summary>The rule the activity comes from.</summary>
    public ClockRule Rule { get; }

    /// <summary>The dates within which the activity is due (both ends included).</summary>
    public DateInterval Window { get; }

    /// <summary>Which of the rule's activities of the year this is, from 1.</summary>
    public int Occurrence { get; }

    /// <summary>The reporting period the activity follows or ends (rules <c>withinDaysAfterPeriodEnd</c> and <c>periodEnds</c>); otherwise null.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>The first day of the window.</summary>
    public LocalDate Start => Window.Start;

    /// <summary>The last day of the window: the day the activity is due at the latest.</summary>
    public LocalDate End => Window.End;

    /// <summary>Whether the activity is on one day rather than within a window of days.</summary>
    public bool IsSingleDay => Window.Start == Window.End;

    /// <summary>Returns the dates in Finnish style, the rule's id and its Finnish label.</summary>
    /// <returns>For example <c>1.1.2025–31.1.2025 network-meeting: Sosiaalityön verkoston tapaaminen</c>.</returns>
    public override string ToString() =>
        $"{(IsSingleDay ? FinnishDate.Format(Start) : $"{FinnishDate.Format(Start)}–{FinnishDate.Format(End)}")} {Rule.Id}: {Rule.Label.Fi}";
}
