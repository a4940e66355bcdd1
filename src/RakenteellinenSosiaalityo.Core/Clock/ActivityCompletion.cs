using NodaTime;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A record that an activity of a clock rule actually happened on a date (fi: toteutunut tapahtuma), e.g. "the network
/// met on 14.1.2025".
/// </summary>
/// <remarks>
/// It marks as done the activity of rule <see cref="RuleId"/> whose window holds <see cref="On"/> (see
/// <see cref="AnnualClock.Progress(System.Collections.Generic.IEnumerable{RakenteellinenSosiaalityo.Core.Clock.ActivityCompletion}, NodaTime.LocalDate)"/>). The default value has a null rule id and matches nothing.
/// </remarks>
/// <param name="RuleId">The id of the clock rule whose activity happened.</param>
/// <param name="On">The date it happened.</param>
public readonly record struct ActivityCompletion(ClockRuleId RuleId, LocalDate On)
{
    /// <summary>Returns the rule id and the date in Finnish style.</summary>
    /// <returns>For example <c>network-meeting 14.1.2025</c>.</returns>
    public override string ToString() => $"{RuleId} {FinnishDate.Format(On)}";
}
