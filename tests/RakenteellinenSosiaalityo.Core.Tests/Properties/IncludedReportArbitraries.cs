using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>An included report of a compilation document (its id and history), shown by its history when a property fails.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="History">The report's history.</param>
public sealed record IncludedReportCase(ReportId Id, IReadOnlyList<ReportEvent> History)
{
    /// <summary>The document the compilation writes.</summary>
    internal IncludedReportDocument Document => new() { Id = Id, History = History };

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {History.Count} entries: {string.Join(" | ", History)}";
}

/// <summary>
/// Included reports built directly (valid by construction, not filtered): every action, every optional field present
/// and absent, empty and long lists, and free text with what JSON escapes (quotes, backslashes, control characters,
/// HTML-sensitive characters, line separators), non-ASCII letters and whole surrogate pairs (no lone surrogates).
/// </summary>
public static class IncludedReportArbitraries
{
    private static readonly string[] Slugs = ["a", "child-welfare", "x-1", "unit-supervisor", "teema-9", "network"];

    /// <summary>Odd but valid text: never blank (it starts with a letter), no lone surrogate.</summary>
    public static Gen<string> Text
    {
        get
        {
            var chars = Gen.OneOf(
                Gen.Elements("aäöÅ \"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f\u0085\u00a0\u2028\u2029\ufeff<>&'+`€".ToCharArray()),
                Gen.Choose(0x20, 0xD7FF).Select(i => (char)i));
            var rest = from count in Gen.Choose(0, 24)
                       from cs in Gen.ArrayOf(chars, count)
                       select new string(cs);
            return Gen.Frequency(
                (8, rest.Select(r => "Ä" + r)),
                (1, rest.Select(r => "😀" + r + "😀")),
                (1, Gen.Constant("\"lainaus\" \\ </script>")));
        }
    }

    /// <summary>The reports.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IncludedReportCase> Reports() =>
        (from id in Gen.Elements("R-1", "r.2_x", "7", "R-000123")
         from count in Gen.Choose(0, 6)
         from history in Gen.ArrayOf(Event, count)
         select new IncludedReportCase(new ReportId(id), history)).ToArbitrary();

    private static Gen<string?> Maybe(Gen<string> text) => Gen.Frequency((1, Gen.Constant<string?>(null)), (1, text.Select(t => (string?)t)));

    private static Gen<Instant> Instants =>
        from year in Gen.Frequency((8, Gen.Choose(2000, 2100)), (1, Gen.Choose(1, 9999)))
        from day in Gen.Choose(0, 364)
        from second in Gen.Choose(0, (24 * 3600) - 1)
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 999_999_999)), (1, Gen.Choose(1, 999).Select(n => n * 1_000_000)))
        select Instant.FromUtc(year, 1, 1, 0, 0).Plus(Duration.FromDays(day) + Duration.FromSeconds(second) + Duration.FromNanoseconds(nanos));

    private static Gen<ReportEvent> Event =>
        from action in Gen.Elements(Enum.GetValues<LifecycleAction>())
        from at in Instants
        from actor in Gen.Elements(Slugs)

        // A person's name passes the privacy scan: odd characters, no digits or at signs.
        from person in Gen.Elements<string?>(null, "Maija Mäkinen", "Åsa \"Ö\" \\ Tåg", "Ä\u0001\u2028<b>&", "😀 Ilona")
        from step in Gen.Elements(Slugs)
        from entryCount in action switch
        {
            LifecycleAction.EntryRecorded => Gen.Constant(1),
            LifecycleAction.StepPerformed => Gen.Choose(0, 3),
            _ => Gen.Constant(0),
        }
        from entries in Gen.ArrayOf(Entry, entryCount)
        from reason in action is LifecycleAction.ReturnedForCompletion or LifecycleAction.Withdrawn ? Maybe(Text) : Gen.Constant<string?>(null)
        from content in action is LifecycleAction.Created or LifecycleAction.Revised ? Content.Select(c => (ReportContent?)c) : Gen.Constant<ReportContent?>(null)
        select new ReportEvent(
            action,
            at,
            new Performer(new ActorId(actor), person),
            action is LifecycleAction.StepPerformed or LifecycleAction.EntryRecorded ? new StepId(step) : null,
            entries,
            reason,
            content);

    private static Gen<RecordEntry> Entry =>
        from kind in Gen.Elements(Enum.GetValues<RecordKind>())
        from text in Text
        select new RecordEntry(kind, text);

    private static Gen<ReportAuthor> Author =>
        from name in Text
        from profession in Gen.Elements(Enum.GetValues<Profession>())
        from other in Text
        select new ReportAuthor(name, profession, profession == Profession.Other ? other : null);

    private static Gen<ReportContent> Content =>
        from authorCount in Gen.Choose(1, 3)
        from authors in Gen.ArrayOf(Author, authorCount)
        from service in Gen.Elements(Slugs)
        from area in Gen.Elements<string?>(null, "kotka", "etela-karjala-1")
        from language in Gen.Elements<string?>(null, "fi", "sv")
        from supervisor in Maybe(Text)
        from title in Text
        from description in Text
        from groupCount in Gen.Choose(0, 3)
        from groups in Gen.ArrayOf(Text, groupCount)
        from subjects in Gen.SubListOf(Enum.GetValues<ReportSubject>())
        from proposalCount in Gen.Choose(0, 3)
        from proposals in Gen.ArrayOf(Text, proposalCount)
        from polarity in Gen.Elements<ReportPolarity?>(null, ReportPolarity.Negative, ReportPolarity.Positive)
        from duties in Gen.SubListOf(Enum.GetValues<StatutoryDuty>())
        from themes in Gen.SubListOf(Slugs)
        from observed in Instants
        select new ReportContent
        {
            Authors = authors,
            ServiceId = new ServiceId(service),
            AreaId = area,
            Language = language,
            Supervisor = supervisor,
            Title = title,
            Description = description,
            ClientGroups = groups,
            Subjects = [.. subjects],
            ActionProposals = proposals,
            Polarity = polarity,
            Duties = [.. duties],
            Themes = [.. themes.Select(t => new ThemeId(t))],
            ObservedOn = observed.InUtc().Date,
        };
}
