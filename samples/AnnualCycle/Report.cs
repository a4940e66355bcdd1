using System.Globalization;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>Writes the year of a region as plain text.</summary>
internal static class Report
{
    public static void Write(RegionProfile profile, int year, Language language, TextWriter output)
    {
        var plan = profile.Plan;
        output.WriteLine($"{profile.Name.Get(language)} ({profile.BusinessId}) — {year}");
        output.WriteLine(plan.Title.Get(language));
        output.WriteLine($"  {plan.LegalBasis.Citation(language)}");
        if (plan.Validity is { } validity)
        {
            output.WriteLine($"  {Words.Say(language, "Voimassa", "Giltig", "Valid")}: {Date(validity.Start)}–{(validity.End is { } end ? Date(end) : string.Empty)}");
        }

        foreach (var approval in plan.Approvals)
        {
            output.WriteLine($"  {Words.Say(language, "Hyväksytty", "Godkänd", "Approved")}: {Date(approval.On)}, {Party(profile, approval.By, language)}");
        }

        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Toimijat", "Aktörer", "Actors")} ({profile.Actors.Count})");
        foreach (var actor in profile.Actors)
        {
            output.WriteLine($"- {actor.Name.Get(language)} [{actor.Id}]");
            if (actor.Role is { } role)
            {
                output.WriteLine($"    {Words.Say(language, "Rooli", "Roll", "Role")}: {role.Get(language)}");
            }

            for (var i = 0; i < actor.Responsibilities.Count; i++)
            {
                output.WriteLine($"    {i + 1}. {actor.Responsibilities[i].Get(language)}");
            }

            if (actor.Collaborators.Count > 0)
            {
                output.WriteLine($"    {Words.Say(language, "Yhteistyö", "Samarbete", "Works with")}: {string.Join("; ", actor.Collaborators.Select(c => Party(profile, c, language)))}");
            }

            if (actor.MeetingCadence is { } cadence)
            {
                output.WriteLine($"    {Words.Say(language, "Kokoontuu", "Sammanträder", "Meets")}: {cadence.Description.Get(language)}");
            }
        }

        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Raportointikaudet, jotka osuvat vuoteen", "Rapporteringsperioder som berör året", "Reporting periods touching")} {year}");
        foreach (var period in profile.ReportingPeriods.PeriodsInYear(year))
        {
            output.WriteLine($"- {period} ({period.LengthInDays.ToString(CultureInfo.InvariantCulture)} {Words.Say(language, "päivää", "dagar", "days")})");
        }

        foreach (var assumption in profile.Assumptions)
        {
            output.WriteLine($"  * {Words.Say(language, "Oletus", "Antagande", "Assumption")} ({assumption.Subject}): {assumption.Text.Get(language)}");
        }

    }

    private static string Party(RegionProfile profile, PartyReference party, Language language) =>
        party.Actor is { } id ? profile.GetActor(id).Name.Get(language) : party.External!.Get(language);

    private static string Date(NodaTime.LocalDate date) => FinnishDate.Format(date);
}
