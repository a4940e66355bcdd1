using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using static RakenteellinenSosiaalityo.Core.Serialization.FastJsonReading;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The fast path of reading an included report of a compilation document (<c>{ "id": …, "history": [ … ] }</c>)
/// straight from the <see cref="Utf8JsonReader"/>, without a <see cref="JsonDocument"/>, the text and null walks and the
/// serializer. It reads only what the precise path (<see cref="DocumentJson"/>) would read without a problem, into the
/// same values: every leaf value goes through the converter the library's options give its type, and every object
/// through the constructor or init accessors the serializer calls. On anything else (a null, a name it does not know
/// or sees twice, a token of another type, a missing required property, a value a converter or constructor refuses,
/// text that is not Unicode, the end of the buffer) it gives up and the caller reads the item again on the precise
/// path, so the problems of a document are those of the precise path, always.
/// </summary>
internal static class IncludedReportFastReader
{
    private static readonly JsonConverter<ReportId> ReportIds = ConverterOf<ReportId>();
    private static readonly JsonConverter<ActorId> ActorIds = ConverterOf<ActorId>();
    private static readonly JsonConverter<Instant> Instants = ConverterOf<Instant>();
    private static readonly JsonConverter<LocalDate> Dates = ConverterOf<LocalDate>();
    private static readonly JsonConverter<LifecycleAction> Actions = ConverterOf<LifecycleAction>();
    private static readonly JsonConverter<RecordKind> Kinds = ConverterOf<RecordKind>();
    private static readonly JsonConverter<Profession> Professions = ConverterOf<Profession>();
    private static readonly JsonConverter<ReportSubject> Subjects = ConverterOf<ReportSubject>();
    private static readonly JsonConverter<ReportPolarity> Polarities = ConverterOf<ReportPolarity>();
    private static readonly JsonConverter<StatutoryDuty> Duties = ConverterOf<StatutoryDuty>();

    /// <summary>
    /// Reads the included report whose first token the reader is on, leaving the reader on its last token; null (the
    /// reader then anywhere: the caller restores its copy) when the precise path must read it.
    /// </summary>
    public static IncludedReportDocument? TryRead(ref Utf8JsonReader reader)
    {
        try
        {
            return Included(ref reader);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            // Refused by a converter or a constructor: the precise path reads it again and says why, at its path.
            return null;
        }
    }

    private static IncludedReportDocument? Included(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var depth = reader.CurrentDepth;
        ReportId? id = null;
        List<ReportEvent>? history = null;
        while (Next(ref reader) is { } name)
        {
            switch (name)
            {
                case "id" when id is null && Value(ref reader, JsonTokenType.String):
                    id = ReportIds.Read(ref reader, typeof(ReportId), Options);
                    break;
                case "history" when history is null && Value(ref reader, JsonTokenType.StartArray):
                    history = [];
                    while (Item(ref reader))
                    {
                        if (Event(ref reader) is not { } e)
                        {
                            return null;
                        }

                        history.Add(e);
                    }

                    break;
                default:
                    return null;
            }
        }

        return End(ref reader, depth) && id is { } known && history is not null
            ? new IncludedReportDocument { Id = known, History = history }
            : null;
    }

    private static ReportEvent? Event(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var depth = reader.CurrentDepth;
        LifecycleAction? action = null;
        Instant? at = null;
        Performer? by = null;
        string? stepId = null, reason = null;
        List<RecordEntry>? entries = null;
        ReportContent? content = null;
        while (Next(ref reader) is { } name)
        {
            switch (name)
            {
                case "action" when action is null && Value(ref reader, JsonTokenType.String):
                    action = Actions.Read(ref reader, typeof(LifecycleAction), Options);
                    break;
                case "at" when at is null && Value(ref reader, JsonTokenType.String):
                    at = Instants.Read(ref reader, typeof(Instant), Options);
                    break;
                case "by" when by is null && Value(ref reader, JsonTokenType.StartObject):
                    by = Performer(ref reader);
                    if (by is null)
                    {
                        return null;
                    }

                    break;
                case "stepId" when stepId is null && Value(ref reader, JsonTokenType.String):
                    stepId = reader.GetString();
                    break;
                case "reason" when reason is null && Value(ref reader, JsonTokenType.String):
                    reason = reader.GetString();
                    break;
                case "entries" when entries is null && Value(ref reader, JsonTokenType.StartArray):
                    entries = [];
                    while (Item(ref reader))
                    {
                        if (Entry(ref reader) is not { } entry)
                        {
                            return null;
                        }

                        entries.Add(entry);
                    }

                    break;
                case "content" when content is null && Value(ref reader, JsonTokenType.StartObject):
                    content = Content(ref reader);
                    if (content is null)
                    {
                        return null;
                    }

                    break;
                default:
                    return null;
            }
        }

        return End(ref reader, depth) && action is { } a && at is { } when && by is not null
            ? new ReportEvent(a, when, by, stepId is null ? null : new StepId(stepId), entries, reason, content)
            : null;
    }

    private static Performer? Performer(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        ActorId? actor = null;
        string? person = null;
        var seenPerson = false;
        while (Next(ref reader) is { } name)
        {
            switch (name)
            {
                case "actor" when actor is null && Value(ref reader, JsonTokenType.String):
                    actor = ActorIds.Read(ref reader, typeof(ActorId), Options);
                    break;
                case "person" when !seenPerson && Value(ref reader, JsonTokenType.String):
                    (person, seenPerson) = (reader.GetString(), true);
                    break;
                default:
                    return null;
            }
        }

        return End(ref reader, depth) && actor is { } known ? new Performer(known, person) : null;
    }

    private static RecordEntry? Entry(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var depth = reader.CurrentDepth;
        RecordKind? kind = null;
        string? text = null;
        while (Next(ref reader) is { } name)
        {
            switch (name)
            {
                case "kind" when kind is null && Value(ref reader, JsonTokenType.String):
                    kind = Kinds.Read(ref reader, typeof(RecordKind), Options);
                    break;
                case "text" when text is null && Value(ref reader, JsonTokenType.String):
                    text = reader.GetString();
                    break;
                default:
                    return null;
            }
        }

        return End(ref reader, depth) && kind is { } k && text is not null ? new RecordEntry(k, text) : null;
    }

    private static ReportContent? Content(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        List<ReportAuthor>? authors = null;
        string? serviceId = null, areaId = null, language = null, supervisor = null, title = null, description = null;
        List<string>? clientGroups = null, actionProposals = null, themes = null;
        List<ReportSubject>? subjects = null;
        List<StatutoryDuty>? duties = null;
        ReportPolarity? polarity = null;
        LocalDate? observedOn = null;
        var seen = 0;
        while (Next(ref reader) is { } name)
        {
            var bit = Array.IndexOf(ContentNames, name);
            if (bit < 0 || (seen & (1 << bit)) != 0)
            {
                return null;
            }

            seen |= 1 << bit;
            var ok = name switch
            {
                "authors" => Authors(ref reader, out authors),
                "serviceId" => Text(ref reader, out serviceId),
                "areaId" => Text(ref reader, out areaId),
                "language" => Text(ref reader, out language),
                "supervisor" => Text(ref reader, out supervisor),
                "title" => Text(ref reader, out title),
                "description" => Text(ref reader, out description),
                "clientGroups" => Texts(ref reader, out clientGroups),
                "actionProposals" => Texts(ref reader, out actionProposals),
                "themes" => Texts(ref reader, out themes),
                "subjects" => Values(ref reader, Subjects, out subjects),
                "duties" => Values(ref reader, Duties, out duties),
                "polarity" => Leaf(ref reader, Polarities, out polarity),
                _ => Leaf(ref reader, Dates, out observedOn),
            };
            if (!ok)
            {
                return null;
            }
        }

        if (!End(ref reader, depth) || authors is null || serviceId is null || title is null || description is null || observedOn is not { } observed)
        {
            return null;
        }

        // The serializer sets only the properties the text has; the others keep their defaults (equal to empty lists and null).
        return new ReportContent
        {
            Authors = authors,
            ServiceId = new ServiceId(serviceId),
            AreaId = areaId,
            Language = language,
            Supervisor = supervisor,
            Title = title,
            Description = description,
            ClientGroups = clientGroups ?? (IReadOnlyList<string>)ValueList<string>.Empty,
            Subjects = subjects ?? (IReadOnlyList<ReportSubject>)ValueList<ReportSubject>.Empty,
            ActionProposals = actionProposals ?? (IReadOnlyList<string>)ValueList<string>.Empty,
            Polarity = polarity,
            Duties = duties ?? (IReadOnlyList<StatutoryDuty>)ValueList<StatutoryDuty>.Empty,
            Themes = themes is null ? ValueList<ThemeId>.Empty : themes.ConvertAll(static t => new ThemeId(t)),
            ObservedOn = observed,
        };
    }

    private static readonly string[] ContentNames =
        ["authors", "serviceId", "areaId", "language", "supervisor", "title", "description", "clientGroups", "actionProposals", "themes", "subjects", "duties", "polarity", "observedOn"];

    private static bool Authors(ref Utf8JsonReader reader, out List<ReportAuthor>? authors)
    {
        authors = null;
        if (!Value(ref reader, JsonTokenType.StartArray))
        {
            return false;
        }

        var list = new List<ReportAuthor>(2);
        while (Item(ref reader))
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var depth = reader.CurrentDepth;
            string? name = null, other = null;
            Profession? profession = null;
            var seenOther = false;
            while (Next(ref reader) is { } property)
            {
                switch (property)
                {
                    case "name" when name is null && Value(ref reader, JsonTokenType.String):
                        name = reader.GetString();
                        break;
                    case "profession" when profession is null && Value(ref reader, JsonTokenType.String):
                        profession = Professions.Read(ref reader, typeof(Profession), Options);
                        break;
                    case "otherProfession" when !seenOther && Value(ref reader, JsonTokenType.String):
                        (other, seenOther) = (reader.GetString(), true);
                        break;
                    default:
                        return false;
                }
            }

            if (!End(ref reader, depth) || name is null || profession is not { } p)
            {
                return false;
            }

            list.Add(new ReportAuthor(name, p, other));
        }

        authors = list;
        return true;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = Value(ref reader, JsonTokenType.String) ? reader.GetString() : null;
        return text is not null;
    }

    private static bool Texts(ref Utf8JsonReader reader, out List<string>? texts)
    {
        texts = null;
        if (!Value(ref reader, JsonTokenType.StartArray))
        {
            return false;
        }

        var list = new List<string>();
        while (Item(ref reader))
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            list.Add(reader.GetString()!);
        }

        texts = list;
        return true;
    }

    private static bool Leaf<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, out T? value)
        where T : struct
    {
        value = Value(ref reader, JsonTokenType.String) ? converter.Read(ref reader, typeof(T), Options) : null;
        return value is not null;
    }

    private static bool Values<T>(ref Utf8JsonReader reader, JsonConverter<T> converter, out List<T>? values)
        where T : struct
    {
        values = null;
        if (!Value(ref reader, JsonTokenType.StartArray))
        {
            return false;
        }

        var list = new List<T>();
        while (Item(ref reader))
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            list.Add(converter.Read(ref reader, typeof(T), Options));
        }

        values = list;
        return true;
    }

    // The next property name of the object the reader is in, the reader then on it; null at the object's end (or the
    // buffer's, which the caller's check of the end token catches). Names are compared as text, escapes undone, as the
    // serializer does; a name that is not Unicode text is unknown here.
    private static string? Next(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName ? Name(ref reader) : null;

    private static string Name(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }

        // The known names, without allocating; any other name is read as it is.
        foreach (var known in KnownNames)
        {
            if (reader.ValueTextEquals(known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }

    private static readonly string[] KnownNames =
        ["action", "at", "by", "stepId", "entries", "content", "reason", "actor", "person", "kind", "text", "id", "history", "name", "profession", "otherProfession", .. ContentNames];
}
