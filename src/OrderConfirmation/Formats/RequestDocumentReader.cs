using System.Text.Json;
using NodaTime;
using OrderConfirmation.Json;

namespace OrderConfirmation.Formats;

/// <summary>
/// The steps every request file goes through before its fields are mapped, in this order: its size against
/// <see cref="RequestLimits.MaxBytes"/>, a byte-order mark skipped, a blank file refused, its lines counted on the
/// raw JSON (<see cref="RequestLineCounter"/>), the document deserialized (a <see cref="JsonException"/> becomes a
/// <see cref="RequestFormatException"/> naming the field), <c>null</c> refused, and its texts checked
/// (<see cref="RequestLimitCheck"/>).
/// </summary>
internal static class RequestDocumentReader
{
    /// <summary>Reads a request document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <param name="defaultZone">The zone of a request that names none; <see langword="null"/> for the shipped calendar's.</param>
    /// <param name="kind">The kind of request.</param>
    /// <returns>The document and the reader of its fields, which names <paramref name="source"/> in its errors.</returns>
    /// <exception cref="RequestFormatException">The content is not a request of that kind, or exceeds a limit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static (TDocument Document, RequestFieldReader Fields) Read<TDocument>(
        ReadOnlySpan<byte> utf8Json, string source, RequestLimits limits, DateTimeZone? defaultZone, RequestKind<TDocument> kind)
        where TDocument : class
    {
        RequestLimitCheck.Size(source, utf8Json.Length, limits, string.Empty);
        var json = Utf8Bom.Skip(utf8Json);
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new RequestFormatException(source, string.Empty, $"The request is empty: expected a JSON object with {kind.Objects}.");
        }

        RequestLineCounter.Check(json, source, limits, kind.HasChange);
        TDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, kind.Json);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            throw new RequestFormatException(source, field, field.Length == 0 && JsonProblem.IsWrongType(e)
                ? $"Not a {kind.Name}: expected a JSON object with {kind.Objects}."
                : JsonProblem.Describe(e));
        }

        var fields = new RequestFieldReader(source, defaultZone);
        if (document is null)
        {
            throw fields.Error(string.Empty, $"The file holds 'null', not a {kind.Name}.");
        }

        kind.CheckTexts(new RequestLimitCheck(fields, limits), document);
        return (document, fields);
    }

    /// <summary>The field a <see cref="JsonException.Path"/> names, as a path such as <c>order.lines[0]</c>; empty for the whole document.</summary>
    public static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');
}
