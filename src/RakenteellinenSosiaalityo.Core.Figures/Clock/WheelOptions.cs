using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>How <see cref="ClockWheel"/> draws an annual clock (fi: vuosikellon piirtoasetukset).</summary>
public sealed record WheelOptions
{
    /// <summary>The options used when none are given: Finnish, no progress shading, the default title.</summary>
    public static WheelOptions Default { get; } = new();

    /// <summary>Gets the language of every label (month names, activity labels, legend); labels missing in it fall back to Finnish.</summary>
    public Language Language { get; init; } = Language.Finnish;

    /// <summary>
    /// Gets the progress to shade the marks with (done in full colour, overdue outlined in red, upcoming faded), from
    /// <see cref="AnnualClock.Progress(System.Collections.Generic.IEnumerable{RakenteellinenSosiaalityo.Core.Clock.ActivityCompletion}, NodaTime.LocalDate)"/> of the same clock; null (the default) draws the plain schedule.
    /// </summary>
    public ClockProgress? Progress { get; init; }

    /// <summary>Gets the figure's title; null (the default) gives "{region name}: annual clock {year}" in <see cref="Language"/>.</summary>
    public LocalizedText? Title { get; init; }
}
