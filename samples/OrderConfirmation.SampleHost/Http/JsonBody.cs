using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrderConfirmation.Formats;

namespace OrderConfirmation.SampleHost.Http;

/// <summary>
/// Reads request bodies. JSON that does not parse, a value of the wrong type or an unknown field is a
/// <see cref="RequestFormatException"/> naming the field (as a path such as <c>lines[0].quantity</c>), which the host
/// answers with a 400 problem.
/// </summary>
internal static class JsonBody
{
    /// <summary>The source named in errors about a request body.</summary>
    public const string Source = "request";

    /// <summary>The body's bytes, for the library's readers.</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>A body already read, as a <typeparamref name="T"/>.</summary>
    /// <exception cref="RequestFormatException">The body is not a valid <typeparamref name="T"/>.</exception>
    public static T Parse<T>(byte[] body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type)
                ?? throw new RequestFormatException(Source, string.Empty, "The body holds 'null', not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(Source, FieldOf(e.Path), Describe(e));
        }
    }

    /// <summary>The body as a <typeparamref name="T"/>.</summary>
    /// <exception cref="RequestFormatException">The body is not a valid <typeparamref name="T"/>.</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, type, cancellationToken)
                ?? throw new RequestFormatException(Source, string.Empty, "The body holds 'null', not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(Source, FieldOf(e.Path), Describe(e));
        }
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? string.Empty : path.TrimStart('$').TrimStart('.');

    private static string Describe(JsonException error)
    {
        var message = error.Message;
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return $"The value has the wrong type: expected {Expected(message)}.";
        }

        const string UnknownProperty = "The JSON property '";
        var unmapped = message.IndexOf("' could not be mapped", StringComparison.Ordinal);
        if (message.StartsWith(UnknownProperty, StringComparison.Ordinal) && unmapped > UnknownProperty.Length)
        {
            return $"'{message[UnknownProperty.Length..unmapped]}' is not a field here; check its spelling and case, or remove it.";
        }

        var text = message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0].Trim();
        return error.LineNumber is { } line ? $"{text} (line {line + 1}, column {(error.BytePositionInLine ?? 0) + 1})" : text;
    }

    private static string Expected(string message) => message switch
    {
        _ when message.Contains("List`1", StringComparison.Ordinal) => "an array",
        _ when message.Contains("System.Decimal", StringComparison.Ordinal) => "a number",
        _ when message.Contains("System.Int32", StringComparison.Ordinal) => "a whole number",
        _ when message.Contains("System.Boolean", StringComparison.Ordinal) => "true or false",
        _ when message.Contains("System.String", StringComparison.Ordinal) => "a string",
        _ => "an object",
    };
}
