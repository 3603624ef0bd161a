using System.Globalization;
using System.Text.Json;

namespace OrderConfirmation.Formats;

/// <summary>
/// Counts <c>order.lines</c> (and <c>change.lines</c>) on the raw JSON, before anything is deserialized: a few
/// megabytes of <c>{},{},…</c> would otherwise become a million line objects before the count could be checked.
/// Malformed JSON is left to the deserializer, which says where it is.
/// </summary>
internal static class RequestLineCounter
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <exception cref="RequestFormatException">The order, or the change when <paramref name="change"/>, has too many lines.</exception>
    public static void Check(ReadOnlySpan<byte> utf8Json, string source, RequestLimits limits, bool change)
    {
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var (section, limit, limitName, what) = reader.ValueTextEquals("order"u8) ? ("order", limits.MaxLines, nameof(RequestLimits.MaxLines), "lines")
                    : change && reader.ValueTextEquals("change"u8) ? ("change", limits.MaxChangeLines, nameof(RequestLimits.MaxChangeLines), "line entries")
                    : (null, 0, string.Empty, string.Empty);
                reader.Read();
                if (section is null || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var lines = reader.ValueTextEquals("lines"u8);
                    reader.Read();
                    var count = lines && reader.TokenType == JsonTokenType.StartArray ? Elements(ref reader) : Skip(ref reader);
                    if (count > limit)
                    {
                        throw new RequestFormatException(source, $"{section}.lines", string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}; at most {limit:N0} ({nameof(RequestLimits)}.{limitName})."));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the deserializer reports it with its position.
        }
    }

    private static int Elements(ref Utf8JsonReader reader)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
            reader.Skip();
        }

        return count;
    }

    private static int Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return 0;
    }
}
