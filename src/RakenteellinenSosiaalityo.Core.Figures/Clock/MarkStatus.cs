namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>How a wheel mark is shaded: as plain schedule, or from <see cref="RakenteellinenSosiaalityo.Core.Clock.AnnualClock.Progress(System.Collections.Generic.IEnumerable{RakenteellinenSosiaalityo.Core.Clock.ActivityCompletion}, NodaTime.LocalDate)"/>.</summary>
internal enum MarkStatus
{
    Scheduled,
    Done,
    Overdue,
    Upcoming,
}
