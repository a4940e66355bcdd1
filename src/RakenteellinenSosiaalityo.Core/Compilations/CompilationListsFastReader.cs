using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Serialization.FastJsonReading;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The fast path of reading the long lists of a compilation document beside its included reports: the groups' report
/// ids (<c>$.content.byTheme</c>, <c>byService</c>, <c>bySubject</c>, <c>groups</c>) and the carried-over and excluded
/// reports, straight from a <see cref="Utf8JsonReader"/> over the rest of the document (what
/// <c>JsonStreamSplitter</c> leaves besides the included reports), without a <see cref="JsonDocument"/>, the text and
/// null walks and the serializer.
/// </summary>
/// <remarks>
/// Like <see cref="IncludedReportFastReader"/>, it reads a list only when the precise path would read it without a
/// problem at any stage, into the same values: every leaf through the converter the library's options give its type,
/// every object through the constructor or init accessors the serializer calls, each property once, nothing else. Then
/// it blanks each list it read in the document's bytes (every byte of the list between its brackets but line breaks
/// becomes a space: an empty list, and every other token keeps its line and position, so a problem elsewhere reads as
/// before) and the precise path reads the rest. On anything else (a null, a name it does not know or sees twice,
/// another token type, a missing property, a value a converter or constructor refuses, text that is not Unicode, a
/// second <c>content</c>) it touches nothing and the precise path reads the whole rest as before.
/// </remarks>
internal static class CompilationListsFastReader
{
    private static readonly JsonConverter<ReportId> ReportIds = ConverterOf<ReportId>();
    private static readonly JsonConverter<LocalDate> Dates = ConverterOf<LocalDate>();
    private static readonly JsonConverter<LifecycleStatus> Statuses = ConverterOf<LifecycleStatus>();
    private static readonly JsonConverter<ExclusionReason> Reasons = ConverterOf<ExclusionReason>();
    private static readonly JsonConverter<GroupingDimension> Dimensions = ConverterOf<GroupingDimension>();

    // The properties of a compilation's content, as the serializer names them; the first six are the lists read here.
    private static readonly string[] ContentNames =
        ["byTheme", "byService", "bySubject", "groups", "carriedOver", "excluded", "period", "cutoff", "included", "counts", "themes", "groupBy"];

    private const int ListCount = 6;

    /// <summary>
    /// Reads the lists from <paramref name="rest"/> and blanks them there; returns what puts them into the document the
    /// precise path reads from the blanked bytes, or null (the bytes untouched) when the precise path must read them.
    /// </summary>
    /// <param name="rest">The document without its included reports, well-formed JSON.</param>
    /// <returns>The function that completes the document read from the blanked bytes, or null.</returns>
    public static Func<CompilationDocument, CompilationDocument>? TryRead(byte[] rest)
    {
        Lists lists;
        try
        {
            if (ReadLists(rest) is not { } read)
            {
                return null;
            }

            lists = read;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            // Refused by a converter or a constructor: the precise path reads the lists again and says why, at their path.
            return null;
        }

        foreach (var (start, end) in lists.Spans)
        {
            Blank(rest.AsSpan(start + 1, end - start - 2));
        }

        return document => document with
        {
            Content = document.Content with
            {
                ByTheme = lists.ByTheme ?? document.Content.ByTheme,
                ByService = lists.ByService ?? document.Content.ByService,
                BySubject = lists.BySubject ?? document.Content.BySubject,
                Groups = lists.Groups ?? document.Content.Groups,
                CarriedOver = lists.CarriedOver ?? document.Content.CarriedOver,
                Excluded = lists.Excluded ?? document.Content.Excluded,
            },
        };
    }

    // Every byte but a line break becomes a space: the reader counts lines by their breaks and positions by bytes.
    private static void Blank(Span<byte> list)
    {
        while (list.IndexOfAny((byte)'\n', (byte)'\r') is var at and >= 0)
        {
            list[..at].Fill((byte)' ');
            list = list[(at + 1)..];
        }

        list.Fill((byte)' ');
    }

    private sealed class Lists
    {
        public List<ReportGroup>? ByTheme { get; set; }

        public List<ReportGroup>? ByService { get; set; }

        public List<ReportGroup>? BySubject { get; set; }

        public List<DimensionGroupDocument?>? Groups { get; set; }

        public List<CarriedOverReport>? CarriedOver { get; set; }

        public List<ExcludedReport>? Excluded { get; set; }

        public List<(int Start, int End)> Spans { get; } = [];
    }

    private static Lists? ReadLists(byte[] rest)
    {
        var reader = new Utf8JsonReader(rest, new JsonReaderOptions { MaxDepth = Serialization.DocumentJson.MaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        Lists? lists = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            // A second content is a problem the precise path reports (a repeated name).
            if (lists is not null || !Value(ref reader, JsonTokenType.StartObject) || Content(ref reader) is not { } read)
            {
                return null;
            }

            lists = read;
        }

        return lists;
    }

    private static Lists? Content(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var lists = new Lists();
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = IndexOf(ref reader);
            if (index < 0 || (seen & (1 << index)) != 0)
            {
                // A name the content does not have, or one seen twice: the precise path says so.
                return null;
            }

            seen |= 1 << index;
            if (index >= ListCount)
            {
                reader.Read();
                reader.Skip();
                continue;
            }

            if (!Value(ref reader, JsonTokenType.StartArray))
            {
                return null;
            }

            var start = (int)reader.TokenStartIndex;
            bool ok;
            switch (index)
            {
                case 0:
                    ok = Groups(ref reader, out var byTheme);
                    lists.ByTheme = byTheme;
                    break;
                case 1:
                    ok = Groups(ref reader, out var byService);
                    lists.ByService = byService;
                    break;
                case 2:
                    ok = Groups(ref reader, out var bySubject);
                    lists.BySubject = bySubject;
                    break;
                case 3:
                    ok = DimensionGroups(ref reader, out var groups);
                    lists.Groups = groups;
                    break;
                case 4:
                    ok = Accounted(ref reader, Carried, out var carried);
                    lists.CarriedOver = carried;
                    break;
                default:
                    ok = Accounted(ref reader, Excluded, out var excluded);
                    lists.Excluded = excluded;
                    break;
            }

            if (!ok)
            {
                return null;
            }

            lists.Spans.Add((start, (int)reader.BytesConsumed));
        }

        return End(ref reader, depth) ? lists : null;
    }

    private static int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < ContentNames.Length; i++)
        {
            if (reader.ValueTextEquals(ContentNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // byTheme, byService, bySubject: [ { "key": …, "reports": [ … ] } ], each group made as the serializer makes it.
    private static bool Groups(ref Utf8JsonReader reader, out List<ReportGroup>? groups)
    {
        groups = null;
        var list = new List<ReportGroup>();
        while (Item(ref reader))
        {
            if (!Group(ref reader, dimensioned: false, out _, out var key, out var reports))
            {
                return false;
            }

            list.Add(new ReportGroup(GroupingDimension.Theme, key!, reports!));
        }

        groups = list;
        return true;
    }

    // groups: [ { "dimension": …, "key": …, "reports": [ … ] } ].
    private static bool DimensionGroups(ref Utf8JsonReader reader, out List<DimensionGroupDocument?>? groups)
    {
        groups = null;
        var list = new List<DimensionGroupDocument?>();
        while (Item(ref reader))
        {
            if (!Group(ref reader, dimensioned: true, out var dimension, out var key, out var reports))
            {
                return false;
            }

            list.Add(new DimensionGroupDocument { Dimension = dimension!.Value, Key = key!, Reports = reports! });
        }

        groups = list;
        return true;
    }

    // One group object with exactly its properties, each once (a dimension only when dimensioned); false for anything else.
    private static bool Group(ref Utf8JsonReader reader, bool dimensioned, out GroupingDimension? dimension, out string? key, out List<ReportId>? reports)
    {
        (dimension, key, reports) = (null, null, null);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The name first: a property seen twice or of another type leaves the fast path, as any other name.
            if (reader.ValueTextEquals("key"u8))
            {
                if (key is not null || !Value(ref reader, JsonTokenType.String))
                {
                    return false;
                }

                key = reader.GetString();
            }
            else if (reader.ValueTextEquals("reports"u8))
            {
                if (reports is not null || !Ids(ref reader, out reports))
                {
                    return false;
                }
            }
            else if (dimensioned && reader.ValueTextEquals("dimension"u8))
            {
                if (dimension is not null || !Value(ref reader, JsonTokenType.String))
                {
                    return false;
                }

                dimension = Read(ref reader, Dimensions);
            }
            else
            {
                return false;
            }
        }

        return End(ref reader, depth) && key is not null && reports is not null && (!dimensioned || dimension is not null);
    }

    private static bool Ids(ref Utf8JsonReader reader, out List<ReportId>? ids)
    {
        ids = null;
        if (!Value(ref reader, JsonTokenType.StartArray))
        {
            return false;
        }

        var list = new List<ReportId>();
        while (Item(ref reader))
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            list.Add(Read(ref reader, ReportIds));
        }

        ids = list;
        return true;
    }

    private delegate T? Entry<T>(ReportId id, ReportingPeriod period, ref Utf8JsonReader reader)
        where T : class;

    // carriedOver and excluded: [ { "id": …, "originalPeriod": { "start": …, "end": … }, third: … } ].
    private static bool Accounted<T>(ref Utf8JsonReader reader, (string Name, Entry<T> Make) third, out List<T>? entries)
        where T : class
    {
        entries = null;
        var list = new List<T>();
        while (Item(ref reader))
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var depth = reader.CurrentDepth;
            ReportId? id = null;
            ReportingPeriod? period = null;
            T? made = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    if (id is not null || !Value(ref reader, JsonTokenType.String))
                    {
                        return false;
                    }

                    id = Read(ref reader, ReportIds);
                }
                else if (reader.ValueTextEquals("originalPeriod"u8))
                {
                    if (period is not null || !Value(ref reader, JsonTokenType.StartObject) || Period(ref reader) is not { } read)
                    {
                        return false;
                    }

                    period = read;
                }
                else if (reader.ValueTextEquals(third.Name))
                {
                    // After the id and the period, as written (before them is rare: the precise path reads it).
                    if (made is not null || id is not { } known || period is not { } p || !Value(ref reader, JsonTokenType.String))
                    {
                        return false;
                    }

                    made = third.Make(known, p, ref reader);
                }
                else
                {
                    return false;
                }
            }

            if (!End(ref reader, depth) || made is null)
            {
                return false;
            }

            list.Add(made);
        }

        entries = list;
        return true;
    }

    private static readonly (string, Entry<CarriedOverReport>) Carried =
        ("statusAtCutoff", (ReportId id, ReportingPeriod period, ref Utf8JsonReader reader) => new CarriedOverReport(id, period, Read(ref reader, Statuses)));

    private static readonly (string, Entry<ExcludedReport>) Excluded =
        ("reason", (ReportId id, ReportingPeriod period, ref Utf8JsonReader reader) => new ExcludedReport(id, period, Read(ref reader, Reasons)));

    // { "start": …, "end": … }, made through the constructor the serializer calls.
    private static ReportingPeriod? Period(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        LocalDate? start = null, end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            if (!(isStart || reader.ValueTextEquals("end"u8)) || (isStart ? start : end) is not null || !Value(ref reader, JsonTokenType.String))
            {
                return null;
            }

            if (isStart)
            {
                start = Read(ref reader, Dates);
            }
            else
            {
                end = Read(ref reader, Dates);
            }
        }

        return End(ref reader, depth) && start is { } s && end is { } e ? new ReportingPeriod(s, e) : null;
    }
}
