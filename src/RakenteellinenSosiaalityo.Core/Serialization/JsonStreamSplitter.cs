using System.Buffers;
using System.Text.Json;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Reads a UTF-8 JSON document from a stream in chunks, handing each item of one long array (at
/// <c>$.outer.inner</c>, e.g. a compilation's <c>$.content.included</c>) to a callback as a parsed element of its own,
/// and returning the rest of the document's bytes as they were with that array empty (the skeleton). Memory stays
/// proportional to the largest item and the skeleton, never to the document.
/// </summary>
/// <remarks>
/// The reader is the one <see cref="JsonDocument"/> uses, with the same strict options (no comments, no trailing
/// commas, <see cref="DocumentJson.MaxDepth"/>) and one state over the whole stream, so text that is not well-formed
/// JSON fails with the same <see cref="JsonException"/> (line and position) as parsing the whole text. Only the first
/// <c>outer</c> object of the root and its first <c>inner</c> array are streamed; any repeated name stays in the
/// skeleton, where the duplicate-name rule finds it. One leading UTF-8 byte order mark is skipped.
/// </remarks>
internal static class JsonStreamSplitter
{
    private const int InitialBufferSize = 64 * 1024;

    private static readonly JsonReaderOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = DocumentJson.MaxDepth };

    /// <summary>Reads the item whose first token the reader is on to its last token, or gives up (false) and leaves the reader anywhere.</summary>
    /// <param name="reader">The reader, on the item's first token.</param>
    /// <param name="index">The item's index in the array.</param>
    /// <returns>True when the item was read and taken.</returns>
    public delegate bool FastItem(ref Utf8JsonReader reader, int index);

    /// <summary>Splits the document; see the type's remarks.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="outer">The root property holding the object with the array.</param>
    /// <param name="inner">The property of that object holding the array.</param>
    /// <param name="item">Called with each item of the array and its index, in order; the element lives only during the call.</param>
    /// <param name="fast">
    /// Tried first on each item, straight on the reader; when it gives up, the reader is put back and the item is parsed
    /// and handed to <paramref name="item"/> as without it. Null: every item is parsed.
    /// </param>
    /// <returns>The document's bytes without the array's items.</returns>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static byte[] Split(Stream utf8Json, string outer, string inner, Action<JsonElement, int> item, FastItem? fast = null)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        using var skeleton = new MemoryStream();
        try
        {
            var length = Fill(utf8Json, buffer, 0, out var final);
            var start = buffer.AsSpan(0, length).StartsWith("\uFEFF"u8) ? 3 : 0;

            // Bytes from copyFrom on go to the skeleton when the buffer moves on; -1 while inside the streamed array.
            var copyFrom = start;
            var state = new JsonReaderState(Strict);
            var (inOuter, seenOuter, seenInner, streaming) = (false, false, false, false);
            var pending = 0;
            var index = 0;
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
                var resumeAt = -1;
                JsonReaderState resumeState = default;
                while (resumeAt < 0)
                {
                    if (streaming)
                    {
                        var before = reader.CurrentState;
                        var at = (int)reader.BytesConsumed;
                        if (!reader.Read())
                        {
                            (resumeAt, resumeState) = ((int)reader.BytesConsumed, reader.CurrentState);
                            break;
                        }

                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            streaming = false;
                            copyFrom = start + (int)reader.TokenStartIndex;
                            continue;
                        }

                        if (fast is not null)
                        {
                            var copy = reader;
                            if (fast(ref reader, index))
                            {
                                index++;
                                continue;
                            }

                            reader = copy;
                        }

                        JsonDocument? parsed;
                        if (final)
                        {
                            parsed = JsonDocument.ParseValue(ref reader);
                        }
                        else if (!JsonDocument.TryParseValue(ref reader, out parsed))
                        {
                            // The item goes on in the next chunk: read it again from its first token.
                            (resumeAt, resumeState) = (at, before);
                            break;
                        }

                        using (parsed)
                        {
                            item(parsed.RootElement, index++);
                        }

                        continue;
                    }

                    if (!reader.Read())
                    {
                        if (final)
                        {
                            Copy(skeleton, buffer, copyFrom, length);
                            return skeleton.ToArray();
                        }

                        (resumeAt, resumeState) = ((int)reader.BytesConsumed, reader.CurrentState);
                        break;
                    }

                    switch (reader.TokenType)
                    {
                        case JsonTokenType.PropertyName when !seenOuter && reader.CurrentDepth == 1 && reader.ValueTextEquals(outer):
                            (seenOuter, pending) = (true, 1);
                            continue;
                        case JsonTokenType.PropertyName when inOuter && !seenInner && reader.CurrentDepth == 2 && reader.ValueTextEquals(inner):
                            (seenInner, pending) = (true, 2);
                            continue;
                        case JsonTokenType.StartObject when pending == 1:
                            inOuter = true;
                            break;
                        case JsonTokenType.StartArray when pending == 2:
                            streaming = true;
                            Copy(skeleton, buffer, copyFrom, start + (int)reader.TokenStartIndex + 1);
                            copyFrom = -1;
                            break;
                        case JsonTokenType.EndObject when inOuter && reader.CurrentDepth == 1:
                            inOuter = false;
                            break;
                    }

                    pending = 0;
                }

                if (final)
                {
                    // The reader throws on a final block that ends inside a value; this is never reached.
                    throw new JsonException("The text ends inside a value.");
                }

                // Move the unread bytes to the front (a larger buffer when one token or item fills it) and read on.
                var keep = start + resumeAt;
                if (copyFrom >= 0)
                {
                    Copy(skeleton, buffer, copyFrom, keep);
                    copyFrom = 0;
                }

                var remaining = length - keep;
                if (keep == 0 && length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else
                {
                    buffer.AsSpan(keep, remaining).CopyTo(buffer);
                }

                length = remaining + Fill(utf8Json, buffer, remaining, out final);
                start = 0;
                state = resumeState;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Copy(MemoryStream skeleton, byte[] buffer, int from, int to)
    {
        if (from >= 0 && to > from)
        {
            skeleton.Write(buffer, from, to - from);
        }
    }

    // Reads until the buffer is full or the stream ends.
    private static int Fill(Stream stream, byte[] buffer, int offset, out bool final)
    {
        var read = 0;
        final = false;
        while (offset + read < buffer.Length)
        {
            var n = stream.Read(buffer, offset + read, buffer.Length - offset - read);
            if (n == 0)
            {
                final = true;
                break;
            }

            read += n;
        }

        return read;
    }
}
