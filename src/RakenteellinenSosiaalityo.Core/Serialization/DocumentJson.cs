using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Turns the serializer's exceptions into validation problems with a path, a rule and no personal data.</summary>
internal static class DocumentJson
{
    /// <summary>A problem for text that is not well-formed JSON, with its line and position.</summary>
    public static ValidationProblem Malformed(JsonException e) =>
        new(JsonPath.Root, ValidationRules.MalformedJson, $"The text is not well-formed JSON{Where(e)}: {Reason(e)}");

    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth };

    /// <summary>How deeply a document may nest objects and arrays (the serializer's default); deeper is malformed.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Parses JSON text strictly (no comments, no trailing commas) under the one rule of what a document may contain:
    /// well-formed JSON (RFC 8259), at most one leading byte order mark (skipped, as from a stream or a file), no
    /// property name twice in an object (<see cref="ValidationRules.DuplicateProperty"/>), and
    /// strings and property names that are Unicode text (no lone surrogate such as <c>"\ud800"</c>). Anything else
    /// becomes a <see cref="ValidationRules.MalformedJson"/> problem (at its line or at the field), and null is returned.
    /// </summary>
    public static JsonDocument? Parse(string json, List<ValidationProblem> problems)
    {
        var text = json.AsMemory();
        if (text.Span is ['\uFEFF', ..])
        {
            text = text[1..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Strict);
        }
        catch (JsonException e)
        {
            problems.Add(Malformed(e));
            return null;
        }

        return Checked(document, problems);
    }

    /// <summary>
    /// Parses a UTF-8 JSON stream (one leading byte order mark skipped) under the same rule as <see cref="Parse(string, List{ValidationProblem})"/>.
    /// </summary>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static JsonDocument? Parse(Stream utf8Json, List<ValidationProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, Strict);
        }
        catch (JsonException e)
        {
            problems.Add(Malformed(e));
            return null;
        }

        return Checked(document, problems);
    }

    private static JsonDocument? Checked(JsonDocument document, List<ValidationProblem> problems)
    {
        var count = problems.Count;
        CheckText(document.RootElement, JsonPath.Root, problems);
        if (problems.Count == count)
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>
    /// Checks a document already parsed or written (for example a value held in memory, viewed as its JSON) under the
    /// text rule of <see cref="Parse(string, List{ValidationProblem})"/>: Unicode strings and names, no name twice.
    /// </summary>
    public static void CheckText(JsonElement root, List<ValidationProblem> problems) => CheckText(root, JsonPath.Root, problems);

    /// <summary>Reports every string and property name that is not Unicode text (a lone UTF-16 surrogate escaped as <c>\ud800</c>).</summary>
    private static void CheckText(JsonElement element, string path, List<ValidationProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    problems.Add(new(path, ValidationRules.MalformedJson, LoneSurrogate("The text")));
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckText(item, JsonPath.Index(path, index++), problems);
                }

                break;
            case JsonValueKind.Object:
                HashSet<string>? names = null;
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        // The name cannot be written in a path: the problem is at the object that holds it.
                        problems.Add(new(path, ValidationRules.MalformedJson, LoneSurrogate("A property name of this object")));
                        continue;
                    }

                    // RFC 8259 leaves a repeated name to the reader; here it is an error, never "the last one wins".
                    names ??= new(StringComparer.Ordinal);
                    if (!names.Add(name))
                    {
                        problems.Add(new(JsonPath.Property(path, name), ValidationRules.DuplicateProperty, "The property appears more than once in the object; keep one."));
                        continue;
                    }

                    CheckText(property.Value, JsonPath.Property(path, name), problems);
                }

                break;
        }
    }

    private static string LoneSurrogate(string what) =>
        $"{what} is not Unicode text: it holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); write the character itself or remove it.";

    /// <summary>
    /// A problem for an exception the serializer threw while reading <paramref name="element"/> (the part of a document
    /// at <paramref name="parent"/>) as <paramref name="typeInfo"/>'s type. The rule comes from the exception's type and
    /// from where its <see cref="JsonException.Path"/> leads in the document and the type's metadata, never from the
    /// serializer's message text, which a runtime update may reword.
    /// </summary>
    public static ValidationProblem Problem(JsonException e, string parent, JsonElement element, JsonTypeInfo typeInfo)
    {
        var rule = e switch
        {
            JsonRuleException ruled => ruled.Rule,
            { InnerException: { } inner } when inner.GetType().Name == "JsonReaderException" => ValidationRules.MalformedJson,
            _ => RuleAt(JsonPath.SerializerSegments(e.Path), element, typeInfo),
        };
        return rule == ValidationRules.MalformedJson
            ? Malformed(e)
            : new(JsonPath.FromSerializer(parent, e.Path), rule, $"{Reason(e)}{Where(e)}.");
    }

    // Follows the serializer's path through the document and the types: a last name the type does not have is an
    // unknown property; an object of a type whose required property it lacks is a missing property; anything else the
    // serializer refuses is a value of the wrong JSON type (text that is not JSON never gets here: the readers parse it
    // first).
    // JsonTypeInfo.ElementType is .NET 9 and later; on .NET 8 the library's lists are arrays or have one type argument.
    private static Type? ElementTypeOf(JsonTypeInfo info) =>
#if NET9_0_OR_GREATER
        info.ElementType;
#else
        info.Type.IsArray ? info.Type.GetElementType() : info.Type.IsGenericType && info.Type.GetGenericArguments() is [var only] ? only : null;
#endif

    private static string RuleAt(List<(string? Name, int Index)> segments, JsonElement element, JsonTypeInfo typeInfo)
    {
        var at = element;
        var info = typeInfo;
        for (var i = 0; i < segments.Count; i++)
        {
            var (name, index) = segments[i];
            if (name is not null)
            {
                if (info.Kind != JsonTypeInfoKind.Object || at.ValueKind != JsonValueKind.Object)
                {
                    return ValidationRules.WrongType;
                }

                var property = info.Properties.FirstOrDefault(p => p.Name == name);
                if (property is null)
                {
                    return i == segments.Count - 1 && at.TryGetProperty(name, out _) ? ValidationRules.UnknownProperty : ValidationRules.WrongType;
                }

                if (!at.TryGetProperty(name, out at))
                {
                    return ValidationRules.WrongType;
                }

                info = info.Options.GetTypeInfo(property.PropertyType);
            }
            else
            {
                if (info.Kind != JsonTypeInfoKind.Enumerable || ElementTypeOf(info) is not { } elementType || at.ValueKind != JsonValueKind.Array || index >= at.GetArrayLength())
                {
                    return ValidationRules.WrongType;
                }

                at = at[index];
                info = info.Options.GetTypeInfo(elementType);
            }
        }

        if (at.ValueKind == JsonValueKind.String && IsIdType(info))
        {
            // A string where an id goes has the right JSON type; what is wrong is its value (the id's rule).
            return ValidationRules.InvalidValue;
        }

        return info.Kind == JsonTypeInfoKind.Object && at.ValueKind == JsonValueKind.Object
            && info.Properties.Any(p => p.IsRequired && !at.TryGetProperty(p.Name, out _))
            ? ValidationRules.MissingProperty
            : ValidationRules.WrongType;
    }

    private static bool IsIdType(JsonTypeInfo info) =>
        (Nullable.GetUnderlyingType(info.Type) is { } underlying ? info.Options.GetTypeInfo(underlying) : info).Converter is ISystemIdJsonConverter;

    /// <summary>
    /// Reads a document of <typeparamref name="T"/>, turning every failure of the serializer (malformed JSON, unknown or
    /// missing property, wrong type, a value a constructor refuses, a domain rule such as the privacy guard, null) into a problem; null when it cannot be read.
    /// </summary>
    public static T? Read<T>(string json, JsonTypeInfo<T> typeInfo, string what, List<ValidationProblem> problems)
        where T : class
    {
        using var document = Parse(json, problems);
        return document is null ? null : ReadElement(document.RootElement, JsonPath.Root, problems, typeInfo, what);
    }

    /// <summary>
    /// Reads a document that never holds null (the library's writer leaves an optional value out instead): each null is a
    /// <see cref="ValidationRules.WrongType"/> problem at its path, and the document is not read further.
    /// </summary>
    public static T? ReadWithoutNulls<T>(string json, JsonTypeInfo<T> typeInfo, string what, List<ValidationProblem> problems)
        where T : class
    {
        using var document = Parse(json, problems);
        if (document is null)
        {
            return null;
        }

        var count = problems.Count;
        CheckNoNull(document.RootElement, JsonPath.Root, what, problems);
        return problems.Count > count ? null : ReadElement(document.RootElement, JsonPath.Root, problems, typeInfo, what);
    }

    /// <summary>
    /// Reads a document as <see cref="ReadWithoutNulls{T}(string, JsonTypeInfo{T}, string, List{ValidationProblem})"/>
    /// does, from a stream, with the long array at <c>$.outer.inner</c> read item by item (<see cref="JsonStreamSplitter"/>)
    /// into <paramref name="items"/> and left empty in the document returned: the same rules in the same order (well-formed
    /// JSON, then Unicode text and unique names, then no null, then the types), every item at its own path.
    /// </summary>
    /// <remarks>
    /// <c>fast</c>, when given, reads an item straight from the reader when it holds nothing the rules refuse (null when
    /// it cannot tell): such an item has no problem at any stage, so it is taken as read, as the precise path would take it.
    /// <c>fastRest</c>, when given, does the same for parts of the rest of the document (see <see cref="RestReader{T}"/>).
    /// </remarks>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static T? ReadWithoutNulls<T, TItem>(Stream utf8Json, JsonTypeInfo<T> typeInfo, JsonTypeInfo<TItem> itemInfo, string what, (string Outer, string Inner) array, List<TItem> items, List<ValidationProblem> problems, ItemReader<TItem>? fast = null, RestReader<T>? fastRest = null)
        where T : class
        where TItem : class
    {
        var arrayPath = $"{JsonPath.Root}.{array.Outer}.{array.Inner}";
        List<ValidationProblem> text = [], nulls = [], read = [];
        byte[] skeleton;
        try
        {
            skeleton = JsonStreamSplitter.Split(utf8Json, array.Outer, array.Inner, (element, index) =>
            {
                var path = JsonPath.Index(arrayPath, index);
                var count = text.Count + nulls.Count;
                CheckText(element, path, text);
                if (text.Count + nulls.Count == count)
                {
                    CheckNoNull(element, path, what, nulls);
                }

                // Once a rule of an earlier stage is broken, later stages are not reported (as for a whole document).
                // Not 'ReadElement(...) is { } item' inside the test: a mutant turning an && into || would leave a
                // pattern-assigned local unassigned (a compile error that made Stryker drop the whole method).
                if (text.Count == 0 && nulls.Count == 0)
                {
                    var item = ReadElement(element, path, read, itemInfo, what);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }
            },
            fast is null ? null : FastItems(fast, text, nulls, items));
        }
        catch (JsonException e)
        {
            problems.Add(Malformed(e));
            return null;
        }

        var complete = fastRest?.Invoke(skeleton);
        using var document = JsonDocument.Parse(skeleton, Strict);
        CheckText(document.RootElement, JsonPath.Root, text);
        if (text.Count > 0)
        {
            problems.AddRange(text);
            return null;
        }

        CheckNoNull(document.RootElement, JsonPath.Root, what, nulls);
        if (nulls.Count > 0)
        {
            problems.AddRange(nulls);
            return null;
        }

        var value = ReadElement(document.RootElement, JsonPath.Root, read, typeInfo, what);
        problems.AddRange(read);
        return read.Count > 0 ? null : complete is null || value is null ? value : complete(value);
    }

    /// <summary>Reads an item straight from the reader (on its first token, left on its last), or null to leave it to the precise path.</summary>
    public delegate TItem? ItemReader<TItem>(ref Utf8JsonReader reader)
        where TItem : class;

    /// <summary>
    /// Reads parts of the rest of a document (well-formed JSON, its long array emptied) straight from its bytes when they
    /// hold nothing the rules refuse, and blanks them there (line breaks kept, every other byte a space, so every other
    /// token keeps its line and position); returns what puts the parts into the document the precise path reads from
    /// the blanked bytes, or null, the bytes untouched, when the precise path must read them.
    /// </summary>
    public delegate Func<T, T>? RestReader<T>(byte[] rest)
        where T : class;

    // The fast path of the stream ReadWithoutNulls, a method of its own with its delegate type declared: a lambda
    // target-typed through a conditional expression made Stryker's mutated conditional uncompilable, and safe mode
    // then dropped every mutant of ReadWithoutNulls.
    private static JsonStreamSplitter.FastItem FastItems<TItem>(ItemReader<TItem> fast, List<ValidationProblem> text, List<ValidationProblem> nulls, List<TItem> items)
        where TItem : class
    {
        return (ref Utf8JsonReader reader, int index) =>
        {
            // Assigned before the test, not by a pattern: mutation testing can then empty the block without leaving
            // 'value' unassigned.
            var value = fast(ref reader);
            if (value is null)
            {
                return false;
            }

            // As on the precise path: once an earlier stage has a problem, items are no longer read.
            if (text.Count == 0 && nulls.Count == 0)
            {
                items.Add(value);
            }

            return true;
        };
    }

    private static void CheckNoNull(JsonElement element, string path, string what, List<ValidationProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add(new(path, ValidationRules.WrongType, $"Null is not a value in {what} document: give the value, or leave an optional property out."));
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckNoNull(item, JsonPath.Index(path, index++), what, problems);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    CheckNoNull(property.Value, JsonPath.Property(path, property.Name), what, problems);
                }

                break;
        }
    }

    /// <summary>
    /// Reads the part of a parsed document at <paramref name="path"/> as <typeparamref name="T"/>, turning every failure
    /// (unknown or missing property, wrong type, a value a constructor refuses, personal data, null) into problems below
    /// that path; null when it cannot be read.
    /// </summary>
    public static T? ReadElement<T>(JsonElement element, string path, List<ValidationProblem> found, JsonTypeInfo<T> typeInfo, string what = "an")
        where T : class
    {
        try
        {
            var value = element.Deserialize(typeInfo);
            if (value is null)
            {
                found.Add(new(path, ValidationRules.WrongType, $"Expected {what} object, found null."));
            }

            return value;
        }
        catch (JsonException e)
        {
            found.Add(Problem(e, path, element, typeInfo));
        }
        catch (PersonalDataException e)
        {
            foreach (var finding in e.Findings.DistinctBy(f => (f.Field, f.Kind)))
            {
                found.Add(new($"{path}.{finding.Field}", e.Code, $"The text holds personal data ({finding.Kind}); remove it or redact it with PersonalDataScanner.Redact."));
            }
        }
        catch (DomainException e)
        {
            // The message names the field and the rule, never a value.
            var (at, _) = Locate(element, path, typeInfo, e);
            found.Add(new(at, e.Code, e.Message));
        }
        catch (Exception e) when (IsRefusal(e))
        {
            var (at, refusal) = Locate(element, path, typeInfo, e);
            found.Add(new(at, ValidationRules.InvalidValue, $"A value is invalid ({(refusal as ArgumentException)?.ParamName ?? "unnamed"}): {PersonalDataScanner.Redact(refusal.Message)}"));
        }

        return null;
    }

    // A value a constructor or a converter of ours refused (the serializer lets these through without a path).
    private static bool IsRefusal(Exception e) =>
        e is ArgumentException or InvalidOperationException or FormatException or NotSupportedException or DomainException;

    /// <summary>
    /// Where in <paramref name="element"/> (at <paramref name="path"/>) the value sits that a constructor refused while
    /// the whole was read as <paramref name="typeInfo"/>'s type: the serializer gives such a refusal no path, so each
    /// property and item is read again on its own, following the type's JSON metadata, down to the deepest part that is
    /// still refused; within that object, the property the refusing parameter names (<c>$.history[3].stepId</c>,
    /// <c>$.content.included[12].content.title</c>). Runs only on the way to a problem, never on a valid document.
    /// </summary>
    /// <returns>The path and the refusal found there (<paramref name="refusal"/> when no part is refused on its own).</returns>
    private static (string Path, Exception Refusal) Locate(JsonElement element, string path, JsonTypeInfo typeInfo, Exception refusal)
    {
        var at = element;
        var info = typeInfo;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            var part = RefusedPart(at, path, info);
            if (part is null)
            {
                break;
            }

            (at, path, info, refusal) = part.Value;
        }

        return at.ValueKind == JsonValueKind.Object && (refusal as ArgumentException)?.ParamName is { Length: > 0 } parameter
            && at.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, parameter, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: not JsonValueKind.Undefined } named
            ? (JsonPath.Property(path, named.Name), refusal)
            : (path, refusal);
    }

    // The first property or item of the element that is refused when read on its own, with its path, type and refusal.
    private static (JsonElement Element, string Path, JsonTypeInfo Info, Exception Refusal)? RefusedPart(JsonElement element, string path, JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (info.Properties.FirstOrDefault(p => p.Name == property.Name) is { } declared
                    && TypeInfoOf(info.Options, declared.PropertyType) is { } child
                    && Refusal(property.Value, child) is { } refused)
                {
                    return (property.Value, JsonPath.Property(path, property.Name), child, refused);
                }
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array
            && ElementTypeOf(info) is { } type && TypeInfoOf(info.Options, type) is { } item)
        {
            var index = 0;
            foreach (var value in element.EnumerateArray())
            {
                if (Refusal(value, item) is { } refused)
                {
                    return (value, JsonPath.Index(path, index), item, refused);
                }

                index++;
            }
        }

        return null;
    }

    private static JsonTypeInfo? TypeInfoOf(JsonSerializerOptions options, Type type)
    {
        try
        {
            return options.GetTypeInfo(type);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static Exception? Refusal(JsonElement element, JsonTypeInfo info)
    {
        try
        {
            _ = element.Deserialize(info);
            return null;
        }
        catch (JsonException)
        {
            // A part the serializer itself refuses on its own is not the refused value (the whole read past it).
            return null;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            return e;
        }
    }

    /// <summary>
    /// Checks a document's <c>schemaVersion</c>: a missing one is a <see cref="ValidationRules.MissingProperty"/>, another
    /// value an <see cref="ValidationRules.UnsupportedSchemaVersion"/> (a whole number however written, <c>1.0</c> too).
    /// </summary>
    /// <returns>True when the version is the one this library reads.</returns>
    public static bool CheckVersion(JsonElement root, int currentVersion, string what, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            problems.Add(new("$.schemaVersion", ValidationRules.MissingProperty, $"The {what} has no \"schemaVersion\"; give \"schemaVersion\": {currentVersion}."));
            return false;
        }

        if (!JsonNumber.TryGetInt32(version, out var v) || v != currentVersion)
        {
            problems.Add(new("$.schemaVersion", ValidationRules.UnsupportedSchemaVersion, $"This library reads {what} format version {currentVersion}; give \"schemaVersion\": {currentVersion}."));
            return false;
        }

        return true;
    }

    /// <summary>Checks the header every region-bound document has: its format version and the region it belongs to.</summary>
    /// <returns>True when both are right.</returns>
    public static bool CheckHeader(int schemaVersion, int currentVersion, RegionId regionId, RegionProfile profile, string what, List<ValidationProblem> problems)
    {
        var count = problems.Count;
        if (schemaVersion != currentVersion)
        {
            problems.Add(new("$.schemaVersion", ValidationRules.UnsupportedSchemaVersion, $"This library reads {what} format version {currentVersion}, not {schemaVersion}."));
        }

        if (regionId != profile.Id)
        {
            problems.Add(new("$.regionId", ValidationRules.InvalidValue, $"The {what} follows the process of region '{PersonalDataScanner.Redact(regionId.Value)}', not '{profile.Id}'; read it with that region's profile."));
        }

        return problems.Count == count;
    }

    private static string Where(JsonException e) =>
        e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;

    private static string Reason(JsonException e)
    {
        var reason = e.Message;
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = reason.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
        }

        return PersonalDataScanner.Redact(reason.TrimEnd('.', ' ', '|'));
    }
}
