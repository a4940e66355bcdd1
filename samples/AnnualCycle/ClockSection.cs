using NodaTime;
using RakenteellinenSosiaalityo.Core.Calendar;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The annual clock part of the main job: prints the year's clock and, with <c>--ics &lt;path&gt;</c>, writes it as an
/// iCalendar file (<c>&lt;region&gt;-&lt;year&gt;.ics</c> when the path is a directory, e.g. <c>--ics .</c>).
/// </summary>
internal static class ClockSection
{
    public const string Option = "--ics";

    /// <summary>Takes <c>--ics &lt;path&gt;</c> out of <paramref name="args"/>, so the main parser never sees it.</summary>
    public static bool TryTakeIcsOption(ref string[] args, out string? icsPath, out string problem) =>
        SampleOption.TryTake(ref args, Option, "a directory or a .ics file path", out icsPath, out problem);

    /// <summary>Prints the clock of <paramref name="year"/> and writes the .ics file when asked; false when the file cannot be written.</summary>
    public static bool Write(RegionProfile profile, int year, Language language, string? icsPath, TextWriter output, TextWriter error)
    {
        var clock = AnnualClock.For(profile, year);
        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Vuosikello", "Årsklocka", "Annual clock")} {year} ({clock.Activities.Count})");
        foreach (var activity in clock.Activities)
        {
            var when = activity.IsSingleDay ? FinnishDate.Format(activity.Start) : $"{FinnishDate.Format(activity.Start)}–{FinnishDate.Format(activity.End)}";
            var responsible = profile.FindActor(activity.Rule.Responsible)?.Name.Get(language) ?? activity.Rule.Responsible.Value;
            output.WriteLine($"- {when} {activity.Rule.Label.Get(language)} [{activity.Rule.Id}] ({responsible})");
        }

        if (icsPath is null)
        {
            return true;
        }

        var file = Directory.Exists(icsPath) ? Path.Combine(icsPath, $"{profile.Id}-{year}.ics") : icsPath;
        try
        {
            File.WriteAllText(file, AnnualClockCalendar.ToICalendar(clock, SystemClock.Instance.GetCurrentInstant(), language));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: Cannot write the calendar '{file}': {e.Message}");
            return false;
        }

        output.WriteLine($"iCalendar: {file}");
        return true;
    }
}
