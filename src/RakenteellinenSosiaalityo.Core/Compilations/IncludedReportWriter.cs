using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Writes an included report of a compilation document (<c>{ "id": …, "history": [ … ] }</c>) for the streaming
/// writers with direct <see cref="Utf8JsonWriter"/> calls: names encoded once, enum names made once by the library's own
/// converters, lists by index, instants and dates through <see cref="IsoWriting"/>. A million-report document spends most
/// of its time here, and the serializer's metadata-driven writing (a converter dispatch per property, an enumerator per
/// list) cost about as much again as the writing itself.
/// </summary>
/// <remarks>
/// The bytes are the serializer's under <see cref="CoreJson.Options"/> (indentation and escaping come from the writer,
/// property order and omitted nulls from the DTOs' attributes); the DTOs stay the one description of the shape.
/// <see cref="Shape"/> names the properties written per type, and tests check it against the serializer's metadata, so a
/// property added to a DTO and not here fails them, as do the byte comparisons with the serializer on generated, walked
/// and hostile compilations.
/// </remarks>
internal static class IncludedReportWriter
{
    private static readonly JsonEncodedText Id = Name("id");
    private static readonly JsonEncodedText History = Name("history");
    private static readonly JsonEncodedText Action = Name("action");
    private static readonly JsonEncodedText At = Name("at");
    private static readonly JsonEncodedText By = Name("by");
    private static readonly JsonEncodedText StepId = Name("stepId");
    private static readonly JsonEncodedText Entries = Name("entries");
    private static readonly JsonEncodedText Reason = Name("reason");
    private static readonly JsonEncodedText Content = Name("content");
    private static readonly JsonEncodedText Actor = Name("actor");
    private static readonly JsonEncodedText Person = Name("person");
    private static readonly JsonEncodedText Kind = Name("kind");
    private static readonly JsonEncodedText Text = Name("text");
    private static readonly JsonEncodedText Authors = Name("authors");
    private static readonly JsonEncodedText ServiceId = Name("serviceId");
    private static readonly JsonEncodedText AreaId = Name("areaId");
    private static readonly JsonEncodedText Language = Name("language");
    private static readonly JsonEncodedText Supervisor = Name("supervisor");
    private static readonly JsonEncodedText Title = Name("title");
    private static readonly JsonEncodedText Description = Name("description");
    private static readonly JsonEncodedText ClientGroups = Name("clientGroups");
    private static readonly JsonEncodedText Subjects = Name("subjects");
    private static readonly JsonEncodedText ActionProposals = Name("actionProposals");
    private static readonly JsonEncodedText Polarity = Name("polarity");
    private static readonly JsonEncodedText Duties = Name("duties");
    private static readonly JsonEncodedText Themes = Name("themes");
    private static readonly JsonEncodedText ObservedOn = Name("observedOn");
    private static readonly JsonEncodedText AuthorName = Name("name");
    private static readonly JsonEncodedText Profession = Name("profession");
    private static readonly JsonEncodedText OtherProfession = Name("otherProfession");

    private static readonly EnumNames<LifecycleAction> Actions = new();
    private static readonly EnumNames<RecordKind> Kinds = new();
    private static readonly EnumNames<Profession> Professions = new();
    private static readonly EnumNames<ReportSubject> SubjectNames = new();
    private static readonly EnumNames<ReportPolarity> Polarities = new();
    private static readonly EnumNames<StatutoryDuty> DutyNames = new();

    /// <summary>
    /// The JSON properties this writer writes for each type, in its order; tests compare them with the serializer's
    /// metadata of the same types.
    /// </summary>
    public static IReadOnlyDictionary<Type, string[]> Shape { get; } = new Dictionary<Type, string[]>
    {
        [typeof(IncludedReportDocument)] = ["id", "history"],
        [typeof(ReportEvent)] = ["action", "at", "by", "stepId", "entries", "reason", "content"],
        [typeof(Performer)] = ["actor", "person"],
        [typeof(RecordEntry)] = ["kind", "text"],
        [typeof(ReportContent)] = ["authors", "serviceId", "areaId", "language", "supervisor", "title", "description", "clientGroups", "subjects", "actionProposals", "polarity", "duties", "themes", "observedOn"],
        [typeof(ReportAuthor)] = ["name", "profession", "otherProfession"],
    };

    /// <summary>Writes <paramref name="report"/> as the serializer writes it under <see cref="CoreJson.Options"/>.</summary>
    public static void Write(Utf8JsonWriter writer, IncludedReportDocument? report)
    {
        if (report is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Id, report.Id.Value);
        writer.WritePropertyName(History);
        writer.WriteStartArray();
        var history = report.History;
        for (var i = 0; i < history.Count; i++)
        {
            Event(writer, history[i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Event(Utf8JsonWriter writer, ReportEvent e)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Action);
        Actions.Write(writer, e.Action);
        writer.WritePropertyName(At);
        IsoWriting.WriteInstant(writer, e.At);
        writer.WritePropertyName(By);
        writer.WriteStartObject();
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

        writer.WritePropertyName(Entries);
        writer.WriteStartArray();
        var entries = e.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            writer.WriteStartObject();
            writer.WritePropertyName(Kind);
            Kinds.Write(writer, entry.Kind);
            writer.WriteString(Text, entry.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (e.Reason is { } reason)
        {
            writer.WriteString(Reason, reason);
        }

        if (e.Content is { } content)
        {
            writer.WritePropertyName(Content);
            WriteContent(writer, content);
        }

        writer.WriteEndObject();
    }

    private static void WriteContent(Utf8JsonWriter writer, ReportContent c)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Authors);
        writer.WriteStartArray();
        var authors = c.Authors;
        for (var i = 0; i < authors.Count; i++)
        {
            var author = authors[i];
            writer.WriteStartObject();
            writer.WriteString(AuthorName, author.Name);
            writer.WritePropertyName(Profession);
            Professions.Write(writer, author.Profession);
            if (author.OtherProfession is { } other)
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
        writer.WritePropertyName(ClientGroups);
        StringListWriter.WriteItems(writer, c.ClientGroups);
        writer.WritePropertyName(Subjects);
        SubjectNames.WriteList(writer, c.Subjects);
        writer.WritePropertyName(ActionProposals);
        StringListWriter.WriteItems(writer, c.ActionProposals);
        if (c.Polarity is { } polarity)
        {
            writer.WritePropertyName(Polarity);
            Polarities.Write(writer, polarity);
        }

        writer.WritePropertyName(Duties);
        DutyNames.WriteList(writer, c.Duties);
        writer.WritePropertyName(Themes);
        writer.WriteStartArray();
        var themes = c.Themes;
        for (var i = 0; i < themes.Count; i++)
        {
            writer.WriteStringValue(themes[i].Value);
        }

        writer.WriteEndArray();
        writer.WritePropertyName(ObservedOn);
        IsoWriting.WriteDate(writer, c.ObservedOn);
        writer.WriteEndObject();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, CoreJson.Options.Encoder);

    /// <summary>
    /// The names an enum's converter in <see cref="CoreJson.Options"/> writes for its defined values, made once by that
    /// converter; a value without a name here (undefined) is written by the converter itself.
    /// </summary>
    private sealed class EnumNames<T>
        where T : struct, Enum
    {
        private readonly JsonConverter<T> converter = (JsonConverter<T>)CoreJson.Options.GetTypeInfo(typeof(T)).Converter;
        private readonly JsonEncodedText?[] names;

        public EnumNames()
        {
            var values = Enum.GetValues<T>();
            names = new JsonEncodedText?[values.Length == 0 ? 0 : values.Max(Index) + 1];
            foreach (var value in values)
            {
                if (Index(value) >= 0)
                {
                    names[Index(value)] = Convert(value);
                }
            }
        }

        public void Write(Utf8JsonWriter writer, T value)
        {
            var index = Index(value);
            if ((uint)index < (uint)names.Length && names[index] is { } name)
            {
                writer.WriteStringValue(name);
            }
            else
            {
                converter.Write(writer, value, CoreJson.Options);
            }
        }

        public void WriteList(Utf8JsonWriter writer, IReadOnlyList<T> values)
        {
            writer.WriteStartArray();
            for (var i = 0; i < values.Count; i++)
            {
                Write(writer, values[i]);
            }

            writer.WriteEndArray();
        }

        // The library's enums are int-backed; reading the int does not box the value.
        private static int Index(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;

        // What the converter writes, read back as the string it is and encoded as the serializer encodes it.
        private JsonEncodedText? Convert(T value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                converter.Write(writer, value, CoreJson.Options);
            }

            var reader = new Utf8JsonReader(buffer.ToArray());
            return reader.Read() && reader.TokenType == JsonTokenType.String
                ? JsonEncodedText.Encode(reader.GetString()!, CoreJson.Options.Encoder)
                : null;
        }
    }
}
