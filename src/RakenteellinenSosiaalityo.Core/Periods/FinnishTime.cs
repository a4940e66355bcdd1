using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Periods;

/// <summary>
/// The time zone of Finnish wellbeing regions (Europe/Helsinki), in which the library turns an <see cref="Instant"/>
/// (when something happened) into the <see cref="LocalDate"/> its calendar rules use, e.g. which reporting period a
/// report submitted at 23:30 UTC on 31 May belongs to (1 June in Helsinki).
/// </summary>
public static class FinnishTime
{
    /// <summary>Europe/Helsinki from the TZDB provider.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];

    /// <summary>The date in Finland at <paramref name="instant"/>.</summary>
    /// <param name="instant">An instant.</param>
    /// <returns>The local date in Europe/Helsinki.</returns>
    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The instant a day starts in Finland.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The first instant of <paramref name="date"/> in Europe/Helsinki.</returns>
    public static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();
}
