using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// The hand-written reading of an included report for <see cref="CompilationDocumentBenchmarks.JsonReadFloor"/>: the
/// item's id, history entries, performers, entries and contents built through their constructors from a
/// <see cref="Utf8JsonReader"/> that holds the whole item, trusting the document (no checks, no look-ups beyond one
/// dictionary per enum).
/// </summary>
internal static class FloorReader
{
    private static readonly Dictionary<string, LifecycleAction> Actions = Names<LifecycleAction>();
    private static readonly Dictionary<string, RecordKind> Kinds = Names<RecordKind>();
    private static readonly Dictionary<string, Profession> Professions = Names<Profession>();
    private static readonly Dictionary<string, ReportSubject> Subjects = Names<ReportSubject>();
    private static readonly Dictionary<string, ReportPolarity> Polarities = Names<ReportPolarity>();
    private static readonly Dictionary<string, StatutoryDuty> Duties = Names<StatutoryDuty>();

    /// <summary>Reads the included report whose start the reader is on.</summary>
    /// <param name="r">The reader, on the item's start; the whole item is in its buffer.</param>
    /// <returns>The id and the history.</returns>
    public static (ReportId Id, List<ReportEvent> History) Included(ref Utf8JsonReader r)
    {
        ReportId id = default;
        var history = new List<ReportEvent>();
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8))
            {
                r.Read();
                id = new ReportId(r.GetString()!);
            }
            else
            {
                r.Read();
                while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                {
                    history.Add(Event(ref r));
                }
            }
        }

        return (id, history);
    }

    private static ReportEvent Event(ref Utf8JsonReader r)
    {
        var (action, at, by) = (LifecycleAction.Created, default(Instant), (Performer?)null);
        string? step = null, reason = null;
        List<RecordEntry>? entries = null;
        ReportContent? content = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("action"u8))
            {
                action = Actions[Next(ref r)];
            }
            else if (r.ValueTextEquals("at"u8))
            {
                at = InstantPattern.ExtendedIso.Parse(Next(ref r)).Value;
            }
            else if (r.ValueTextEquals("by"u8))
            {
                r.Read();
                by = Performer(ref r);
            }
            else if (r.ValueTextEquals("stepId"u8))
            {
                step = Next(ref r);
            }
            else if (r.ValueTextEquals("reason"u8))
            {
                reason = Next(ref r);
            }
            else if (r.ValueTextEquals("entries"u8))
            {
                r.Read();
                entries = [];
                while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                {
                    r.Read();
                    var kind = Kinds[Next(ref r)];
                    r.Read();
                    entries.Add(new RecordEntry(kind, Next(ref r)));
                    r.Read();
                }
            }
            else
            {
                r.Read();
                content = Content(ref r);
            }
        }

        return new ReportEvent(action, at, by!, step is null ? null : new StepId(step), entries, reason, content);
    }

    private static Performer Performer(ref Utf8JsonReader r)
    {
        var (actor, person) = (default(ActorId), (string?)null);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("actor"u8))
            {
                actor = new ActorId(Next(ref r));
            }
            else
            {
                person = Next(ref r);
            }
        }

        return new Performer(actor, person);
    }

    private static ReportContent Content(ref Utf8JsonReader r)
    {
        var authors = new List<ReportAuthor>();
        string serviceId = string.Empty, title = string.Empty, description = string.Empty;
        string? areaId = null, language = null, supervisor = null;
        List<string> clientGroups = [], proposals = [], themes = [];
        List<ReportSubject> subjects = [];
        List<StatutoryDuty> duties = [];
        ReportPolarity? polarity = null;
        LocalDate observedOn = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var name = r.GetString();
            switch (name)
            {
                case "authors":
                    r.Read();
                    while (r.Read() && r.TokenType == JsonTokenType.StartObject)
                    {
                        string author = string.Empty, other = string.Empty;
                        var profession = Profession.Other;
                        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                        {
                            if (r.ValueTextEquals("name"u8))
                            {
                                author = Next(ref r);
                            }
                            else if (r.ValueTextEquals("profession"u8))
                            {
                                profession = Professions[Next(ref r)];
                            }
                            else
                            {
                                other = Next(ref r);
                            }
                        }

                        authors.Add(new ReportAuthor(author, profession, profession == Profession.Other ? other : null));
                    }

                    break;
                case "serviceId": serviceId = Next(ref r); break;
                case "areaId": areaId = Next(ref r); break;
                case "language": language = Next(ref r); break;
                case "supervisor": supervisor = Next(ref r); break;
                case "title": title = Next(ref r); break;
                case "description": description = Next(ref r); break;
                case "clientGroups": Strings(ref r, clientGroups); break;
                case "actionProposals": Strings(ref r, proposals); break;
                case "themes": Strings(ref r, themes); break;
                case "subjects": Values(ref r, Subjects, subjects); break;
                case "duties": Values(ref r, Duties, duties); break;
                case "polarity": polarity = Polarities[Next(ref r)]; break;
                default: observedOn = LocalDatePattern.Iso.Parse(Next(ref r)).Value; break;
            }
        }

        return new ReportContent
        {
            Authors = authors,
            ServiceId = new ServiceId(serviceId!),
            AreaId = areaId,
            Language = language,
            Supervisor = supervisor,
            Title = title,
            Description = description,
            ClientGroups = clientGroups,
            Subjects = subjects,
            ActionProposals = proposals,
            Polarity = polarity,
            Duties = duties,
            Themes = themes.ConvertAll(static t => new ThemeId(t)),
            ObservedOn = observedOn,
        };
    }

    private static string Next(ref Utf8JsonReader r)
    {
        r.Read();
        return r.GetString()!;
    }

    private static void Strings(ref Utf8JsonReader r, List<string> into)
    {
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.String)
        {
            into.Add(r.GetString()!);
        }
    }

    private static void Values<T>(ref Utf8JsonReader r, Dictionary<string, T> names, List<T> into)
    {
        r.Read();
        while (r.Read() && r.TokenType == JsonTokenType.String)
        {
            into.Add(names[r.GetString()!]);
        }
    }

    private static Dictionary<string, T> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => CamelCase.Of(v), v => v, StringComparer.Ordinal);
}
