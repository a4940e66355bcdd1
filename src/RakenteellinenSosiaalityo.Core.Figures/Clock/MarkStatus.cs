namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>How a wheel mark is shaded: as plain schedule, or from <see cref="RakenteellinenSosiaalityo.Core.Clock.AnnualClock.Progress"/>.</summary>
internal enum MarkStatus
{
    Scheduled,
    Done,
    Overdue,
    Upcoming,
}
