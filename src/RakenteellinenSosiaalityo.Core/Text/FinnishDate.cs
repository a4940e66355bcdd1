using System.Globalization;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>Writes dates the way Finnish plans do: <c>1.12.2025</c>, and days of the year as <c>1.12.</c>.</summary>
public static class FinnishDate
{
    /// <summary>A date as day.month.year without leading zeros, e.g. <c>1.12.2025</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date as text.</returns>
    public static string Format(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}.{date.Year}");

    /// <summary>A day of the year as day.month. without leading zeros, e.g. <c>1.12.</c>.</summary>
    /// <param name="day">The day of the year.</param>
    /// <returns>The day as text.</returns>
    public static string Format(AnnualDate day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day}.{day.Month}.");
}
