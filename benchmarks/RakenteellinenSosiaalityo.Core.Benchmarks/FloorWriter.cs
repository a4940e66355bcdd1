using System.Text.Encodings.Web;
using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// The floor of writing a compilation document (<see cref="CompilationDocumentBenchmarks.JsonWriteFloor"/>): one
/// <see cref="Utf8JsonWriter"/> loop, as fast as hand-written code gets (names encoded once, enum names made once, lists
/// by index, no validation), writing every field that grows with the number of reports: each included report with every
/// field the document holds (empty entry lists and the optional fields when present included), the carried-over and
/// excluded reports, and the theme, service and subject groups with their report ids. Left out: the fixed-size rest
/// (the header, counts, theme summaries, the compilation's own history and actions). Instants are written as UTC
/// <see cref="DateTime"/>s (the same characters as NodaTime's for whole seconds), dates as <see cref="DateOnly"/>.
/// </summary>
public static class FloorWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText History = JsonEncodedText.Encode("history");
    private static readonly JsonEncodedText Action = JsonEncodedText.Encode("action");
    private static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText By = JsonEncodedText.Encode("by");
    private static readonly JsonEncodedText Actor = JsonEncodedText.Encode("actor");
    private static readonly JsonEncodedText Person = JsonEncodedText.Encode("person");
    private static readonly JsonEncodedText StepId = JsonEncodedText.Encode("stepId");
    private static readonly JsonEncodedText Entries = JsonEncodedText.Encode("entries");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText Content = JsonEncodedText.Encode("content");
    private static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Profession = JsonEncodedText.Encode("profession");
    private static readonly JsonEncodedText OtherProfession = JsonEncodedText.Encode("otherProfession");
    private static readonly JsonEncodedText ServiceId = JsonEncodedText.Encode("serviceId");
    private static readonly JsonEncodedText AreaId = JsonEncodedText.Encode("areaId");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Supervisor = JsonEncodedText.Encode("supervisor");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText ClientGroups = JsonEncodedText.Encode("clientGroups");
    private static readonly JsonEncodedText Subjects = JsonEncodedText.Encode("subjects");
    private static readonly JsonEncodedText ActionProposals = JsonEncodedText.Encode("actionProposals");
    private static readonly JsonEncodedText Polarity = JsonEncodedText.Encode("polarity");
    private static readonly JsonEncodedText Duties = JsonEncodedText.Encode("duties");
    private static readonly JsonEncodedText Themes = JsonEncodedText.Encode("themes");
    private static readonly JsonEncodedText ObservedOn = JsonEncodedText.Encode("observedOn");
    private static readonly JsonEncodedText OriginalPeriod = JsonEncodedText.Encode("originalPeriod");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText StatusAtCutoff = JsonEncodedText.Encode("statusAtCutoff");
    private static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText Reports = JsonEncodedText.Encode("reports");

    private static readonly JsonEncodedText[] ActionNames = Of<LifecycleAction>();
    private static readonly JsonEncodedText[] KindNames = Of<RecordKind>();
    private static readonly JsonEncodedText[] ProfessionNames = Of<Profession>();
    private static readonly JsonEncodedText[] SubjectNames = Of<ReportSubject>();
    private static readonly JsonEncodedText[] PolarityNames = Of<ReportPolarity>();
    private static readonly JsonEncodedText[] DutyNames = Of<StatutoryDuty>();
    private static readonly JsonEncodedText[] StatusNames = Of<LifecycleStatus>();
    private static readonly JsonEncodedText[] ExclusionNames = Of<ExclusionReason>();

    /// <summary>Writes the floor's fields of <paramref name="compilation"/> to <paramref name="stream"/>, flushing every 32 KiB.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(Compilation compilation, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        var content = compilation.Content;
        writer.WriteStartObject();
        writer.WriteString(Id, compilation.Id.Value);
        writer.WriteStartArray("included");
        var included = content.Included;
        for (var i = 0; i < included.Count; i++)
        {
            Report(writer, included[i]);
            Flush(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("carriedOver");
        var carried = content.CarriedOver;
        for (var i = 0; i < carried.Count; i++)
        {
            var c = carried[i];
            writer.WriteStartObject();
            writer.WriteString(Id, c.Id.Value);
            Period(writer, c.OriginalPeriod);
            writer.WriteString(StatusAtCutoff, StatusNames[(int)c.StatusAtCutoff]);
            writer.WriteEndObject();
            Flush(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("excluded");
        var excluded = content.Excluded;
        for (var i = 0; i < excluded.Count; i++)
        {
            var e = excluded[i];
            writer.WriteStartObject();
            writer.WriteString(Id, e.Id.Value);
            Period(writer, e.OriginalPeriod);
            writer.WriteString(Reason, ExclusionNames[(int)e.Reason]);
            writer.WriteEndObject();
            Flush(writer);
        }

        writer.WriteEndArray();
        Groups(writer, "byTheme", content.ByTheme);
        Groups(writer, "byService", content.ByService);
        Groups(writer, "bySubject", content.BySubject);
        writer.WriteEndObject();
    }

    private static void Report(Utf8JsonWriter writer, SocialReport report)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, report.Id.Value);
        writer.WriteStartArray(History);
        var history = report.History;
        for (var i = 0; i < history.Count; i++)
        {
            var e = history[i];
            writer.WriteStartObject();
            writer.WriteString(Action, ActionNames[(int)e.Action]);
            writer.WriteString(At, e.At.ToDateTimeUtc());
            writer.WriteStartObject(By);
            writer.WriteString(Actor, e.By.Actor.Value);
            if (e.By.Person is { } person)
            {
                writer.WriteString(Person, person);
            }

            writer.WriteEndObject();
            if (e.StepId is { } step)
            {
                writer.WriteString(StepId, step.Value);
            }

            writer.WriteStartArray(Entries);
            var entries = e.Entries;
            for (var j = 0; j < entries.Count; j++)
            {
                writer.WriteStartObject();
                writer.WriteString(Kind, KindNames[(int)entries[j].Kind]);
                writer.WriteString(Text, entries[j].Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (e.Reason is { } reason)
            {
                writer.WriteString(Reason, reason);
            }

            if (e.Content is { } c)
            {
                WriteContent(writer, c);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter writer, ReportContent c)
    {
        writer.WriteStartObject(Content);
        writer.WriteStartArray(Authors);
        var authors = c.Authors;
        for (var i = 0; i < authors.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Name, authors[i].Name);
            writer.WriteString(Profession, ProfessionNames[(int)authors[i].Profession]);
            if (authors[i].OtherProfession is { } other)
            {
                writer.WriteString(OtherProfession, other);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString(ServiceId, c.ServiceId.Value);
        if (c.AreaId is { } area)
        {
            writer.WriteString(AreaId, area);
        }

        if (c.Language is { } language)
        {
            writer.WriteString(Language, language);
        }

        if (c.Supervisor is { } supervisor)
        {
            writer.WriteString(Supervisor, supervisor);
        }

        writer.WriteString(Title, c.Title);
        writer.WriteString(Description, c.Description);
        Strings(writer, ClientGroups, c.ClientGroups);
        writer.WriteStartArray(Subjects);
        for (var i = 0; i < c.Subjects.Count; i++)
        {
            writer.WriteStringValue(SubjectNames[(int)c.Subjects[i]]);
        }

        writer.WriteEndArray();
        Strings(writer, ActionProposals, c.ActionProposals);
        if (c.Polarity is { } polarity)
        {
            writer.WriteString(Polarity, PolarityNames[(int)polarity]);
        }

        writer.WriteStartArray(Duties);
        for (var i = 0; i < c.Duties.Count; i++)
        {
            writer.WriteStringValue(DutyNames[(int)c.Duties[i]]);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Themes);
        for (var i = 0; i < c.Themes.Count; i++)
        {
            writer.WriteStringValue(c.Themes[i].Value);
        }

        writer.WriteEndArray();
        Date(writer, ObservedOn, c.ObservedOn);
        writer.WriteEndObject();
    }

    private static void Period(Utf8JsonWriter writer, Periods.ReportingPeriod period)
    {
        writer.WriteStartObject(OriginalPeriod);
        Date(writer, Start, period.Start);
        Date(writer, End, period.End);
        writer.WriteEndObject();
    }

    private static void Groups(Utf8JsonWriter writer, string name, IReadOnlyList<ReportGroup> groups)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < groups.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Key, groups[i].Key);
            writer.WriteStartArray(Reports);
            var ids = groups[i].Reports;
            for (var j = 0; j < ids.Count; j++)
            {
                writer.WriteStringValue(ids[j].Value);
                Flush(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writer.WriteStringValue(items[i]);
        }

        writer.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter writer, JsonEncodedText name, NodaTime.LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[10];
        date.ToDateOnly().TryFormat(utf8, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteString(name, utf8[..written]);
    }

    private static void Flush(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= 32 * 1024)
        {
            writer.Flush();
        }
    }

    private static JsonEncodedText[] Of<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(CamelCase.Of(value));
        }

        return names;
    }
}
