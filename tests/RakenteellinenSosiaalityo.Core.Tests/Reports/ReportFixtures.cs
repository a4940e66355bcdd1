using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>Reports and performers of the built-in regions for the lifecycle tests.</summary>
internal static class ReportFixtures
{
    public static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 8, 0);

    public static RegionProfile Kymenlaakso => BuiltInRegions.Kymenlaakso;

    public static RegionProfile EtelaKarjala => BuiltInRegions.EtelaKarjala;

    public static Performer By(string actor, string? person = null) => new(new ActorId(actor), person);

    public static Instant At(int hours) => Start + Duration.FromHours(hours);

    public static ReportContent Content(ServiceId? serviceId = null, string description = "Lapsiperheiden toimeentulo-ongelmat ovat lisääntyneet.") => new()
    {
        Authors = [new ReportAuthor("Sanna Sosiaalityöntekijä", Profession.SocialWorker), new ReportAuthor("Olli Ohjaaja", Profession.SocialInstructor)],
        ServiceId = serviceId ?? new ServiceId("child-welfare"),
        Supervisor = "Eeva Esihenkilö",
        Title = "Asumisen kustannukset",
        Description = description,
        ClientGroups = ["lapsiperheet", "yksinhuoltajat"],
        Subjects = [ReportSubject.ClientNeeds, ReportSubject.ServiceSystem],
        ActionProposals = ["Selvitetään asumisneuvonnan saatavuus."],
        Polarity = ReportPolarity.Negative,
        Duties = [StatutoryDuty.KnowledgeProduction],
        ObservedOn = new LocalDate(2025, 2, 20),
    };

    public static SocialReport Draft(RegionProfile profile, string id = "R-17", ReportContent? content = null) =>
        SocialReport.Create(profile, new ReportId(id), content ?? Content(), By("professionals", "Sanna Sosiaalityöntekijä"), Start);

    public static SocialReport Submitted(RegionProfile profile, string id = "R-17") =>
        Draft(profile, id).Submit(profile, By("professionals", "Sanna Sosiaalityöntekijä"), At(1));
}
