using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using ICalendar = Ical.Net.Calendar;

namespace RakenteellinenSosiaalityo.Core.Calendar;

/// <summary>
/// Exports an <see cref="AnnualClock"/> as iCalendar (RFC 5545, fi: kalenteritiedosto) with Ical.Net: one all-day
/// <c>VEVENT</c> per scheduled activity.
/// </summary>
/// <remarks>
/// <para>
/// Each event spans the activity's window: <c>DTSTART;VALUE=DATE</c> is its first day and <c>DTEND;VALUE=DATE</c> the day
/// after its last (iCalendar's end is exclusive), so a one-day activity is one all-day event and a window such as a whole
/// month is one all-day event over the month, marked <c>TRANSP:TRANSPARENT</c> because it says when something is due,
/// not that anyone is busy. The summary is the rule's label in the asked language (Finnish by default, falling back to
/// Finnish where a translation is missing); the description names the responsible actor, the participants and the plan
/// section; <c>CATEGORIES</c> holds the activity kind's JSON name.
/// </para>
/// <para>
/// The <c>UID</c> is stable: <see cref="Uid"/> builds it from the activity's first day, the rule id and the region id,
/// so exporting the same clock again updates the same events in a calendar instead of adding copies. <c>DTSTAMP</c> is
/// the instant the caller passes, never the machine's clock, so the output is a pure function of its inputs.
/// </para>
/// </remarks>
public static class AnnualClockCalendar
{
    /// <summary>The iCalendar <c>PRODID</c> of the exported calendars.</summary>
    public const string ProductId = "-//RakenteellinenSosiaalityo.Core//Annual clock//FI";

    /// <summary>Builds the iCalendar calendar of <paramref name="clock"/>.</summary>
    /// <param name="clock">The annual clock.</param>
    /// <param name="stamp">When the calendar is created (each event's <c>DTSTAMP</c>); take it from an <see cref="IClock"/>.</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <returns>A new Ical.Net calendar with one event per activity, in the clock's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static ICalendar ToCalendar(AnnualClock clock, Instant stamp, Language language = Language.Finnish)
    {
        Guard.Against.Null(clock);
        Guard.Against.EnumOutOfRange(language);
        var calendar = new ICalendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"{clock.Profile.Name.Get(language)} {clock.Year.ToString(CultureInfo.InvariantCulture)}");
        var utc = stamp.InUtc();
        var dtStamp = new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, CalDateTime.UtcTzId);
        foreach (var activity in clock.Activities)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(clock.Profile.Id, activity),
                Summary = activity.Rule.Label.Get(language),
                Description = Description(clock, activity, language),
                DtStart = Date(activity.Start),
                DtEnd = Date(activity.End.PlusDays(1)),
                DtStamp = dtStamp,
                Categories = [Category(activity.Rule.Activity)],
            };
            if (!activity.IsSingleDay)
            {
                calendarEvent.Transparency = "TRANSPARENT";
            }

            calendar.Events.Add(calendarEvent);
        }

        return calendar;
    }

    /// <summary>Writes the clock as iCalendar text (an <c>.ics</c> file's content).</summary>
    /// <param name="clock">The annual clock.</param>
    /// <param name="stamp">When the calendar is created (each event's <c>DTSTAMP</c>).</param>
    /// <param name="language">The language of summaries and descriptions.</param>
    /// <returns>The iCalendar text, lines ending in CRLF as RFC 5545 requires.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static string ToICalendar(AnnualClock clock, Instant stamp, Language language = Language.Finnish) =>
        new CalendarSerializer().SerializeToString(ToCalendar(clock, stamp, language))
        ?? throw new InvalidOperationException("Ical.Net wrote no text for the calendar.");

    /// <summary>
    /// The stable iCalendar <c>UID</c> of an activity of region <paramref name="regionId"/>:
    /// <c>{first day yyyyMMdd}.{rule id}.{region id}@rakenteellinen-sosiaalityo</c>, e.g.
    /// <c>20250101.network-meeting.etela-karjala@rakenteellinen-sosiaalityo</c>. Ids never hold a dot, so distinct
    /// activities never share a UID.
    /// </summary>
    /// <param name="regionId">The region profile's id.</param>
    /// <param name="activity">The activity.</param>
    /// <returns>The UID.</returns>
    /// <exception cref="ArgumentException"><paramref name="regionId"/> is the default id, which identifies no region.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public static string Uid(RegionId regionId, ScheduledActivity activity)
    {
        Guard.Against.NullOrWhiteSpace(regionId.Value, nameof(regionId));
        Guard.Against.Null(activity);
        var start = activity.Start;
        return string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}{start.Month:D2}{start.Day:D2}.{activity.Rule.Id}.{regionId}@rakenteellinen-sosiaalityo");
    }

    private static CalDateTime Date(LocalDate date) => new(date.Year, date.Month, date.Day);

    private static string Category(ActivityKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Description(AnnualClock clock, ScheduledActivity activity, Language language)
    {
        var rule = activity.Rule;
        var text = new StringBuilder();
        text.Append(Label(language, "Vastuu", "Ansvar", "Responsible")).Append(": ").Append(Party(clock, PartyReference.ToActor(rule.Responsible), language));
        if (rule.Participants.Count > 0)
        {
            text.Append('\n').Append(Label(language, "Osallistujat", "Deltagare", "Participants")).Append(": ")
                .Append(string.Join(", ", rule.Participants.Select(p => Party(clock, p, language))));
        }

        if (activity.Period is { } period)
        {
            text.Append('\n').Append(Label(language, "Raportointikausi", "Rapporteringsperiod", "Reporting period")).Append(": ").Append(period);
        }

        if (rule.Source is { } source)
        {
            text.Append('\n').Append(Label(language, "Lähde: suunnitelman luku", "Källa: planens avsnitt", "Source: plan section")).Append(' ').Append(source);
        }

        return text.ToString();
    }

    private static string Party(AnnualClock clock, PartyReference party, Language language) =>
        party.Actor is { } id
            ? clock.Profile.FindActor(id)?.Name.Get(language) ?? id.Value
            : party.External!.Get(language);

    private static string Label(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
