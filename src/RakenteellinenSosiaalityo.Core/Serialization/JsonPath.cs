using System.Globalization;
using System.Text;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Builds the JSON paths of validation problems: <c>$.actors[2].name.fi</c> for plain names, and for any other name the
/// bracket form of an RFC 9535 normalized path (<c>$['it\'s']</c>, <c>$['']</c>, <c>$['line\nbreak']</c>), so that every
/// path parses and points into the document.
/// </summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent + "." + name;
        }

        // A property name comes from the user's file; a hostile or careless one must not carry personal data
        // into an error message.
        var safe = PersonalDataScanner.Redact(name);
        var path = new StringBuilder(parent.Length + safe.Length + 4).Append(parent).Append("['");
        foreach (var c in safe)
        {
            _ = c switch
            {
                '\'' => path.Append("\\'"),
                '\\' => path.Append("\\\\"),
                '\b' => path.Append("\\b"),
                '\f' => path.Append("\\f"),
                '\n' => path.Append("\\n"),
                '\r' => path.Append("\\r"),
                '\t' => path.Append("\\t"),
                < ' ' => path.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => path.Append(c),
            };
        }

        return path.Append("']").ToString();
    }

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// Rewrites a path System.Text.Json put on an exception (<c>$.a['odd name'][3]</c>, names not escaped) below
    /// <paramref name="parent"/>, in this class's form.
    /// </summary>
    public static string FromSerializer(string parent, string? serializerPath)
    {
        var path = parent;
        foreach (var (name, index) in SerializerSegments(serializerPath))
        {
            path = name is null ? Index(path, index) : Property(path, name);
        }

        return path;
    }

    /// <summary>
    /// The segments of a path System.Text.Json put on an exception: a property name, or null and an array index; those
    /// before the first segment that cannot be read.
    /// </summary>
    public static List<(string? Name, int Index)> SerializerSegments(string? serializerPath)
    {
        var segments = new List<(string? Name, int Index)>();
        if (string.IsNullOrEmpty(serializerPath) || serializerPath[0] != '$')
        {
            return segments;
        }

        var i = 1;
        var text = serializerPath;
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is not ('.' or '['))
                {
                    end++;
                }

                segments.Add((text[(i + 1)..end], 0));
                i = end;
            }
            else if (i + 1 < text.Length && text[i] == '[' && text[i + 1] == '\'')
            {
                // The serializer does not escape the name: its end is the first "']" followed by the end or another segment.
                var end = i + 2;
                while (end < text.Length && !(text[end] == '\'' && end + 1 < text.Length && text[end + 1] == ']' && (end + 2 == text.Length || text[end + 2] is '.' or '[')))
                {
                    end++;
                }

                if (end >= text.Length)
                {
                    return segments;
                }

                segments.Add((text[(i + 2)..end], 0));
                i = end + 2;
            }
            else if (text[i] == '[')
            {
                var end = text.IndexOf(']', i);
                if (end < 0 || !int.TryParse(text.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return segments;
                }

                segments.Add((null, index));
                i = end + 1;
            }
            else
            {
                return segments;
            }
        }

        return segments;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || name.Length > 64 || !(char.IsAsciiLetter(name[0]) || name[0] is '_' or '$'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
