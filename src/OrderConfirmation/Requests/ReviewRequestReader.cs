using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Requests;

/// <summary>
/// Reads review-request files (camelCase JSON holding an <c>order</c> and its <c>facts</c>) into
/// <see cref="ReviewFacts"/>. A field missing from the order is data for the review to report; a file
/// that is not a review request, a value of the wrong type or a malformed date is a
/// <see cref="RequestFormatException"/> naming the field.
/// </summary>
public static class ReviewRequestReader
{
    /// <summary>The time zone used when the facts name none.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>Reads a review-request file.</summary>
    /// <exception cref="RequestFormatException">The file is not a valid review request.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReviewFacts ReadFile(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a review request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <exception cref="RequestFormatException">The content is not a valid review request.</exception>
    public static ReviewFacts Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        ReviewRequestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, RequestJsonContext.Default.ReviewRequestDocument);
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(source, FieldOf(e.Path), Describe(e));
        }

        if (document is null)
        {
            throw new RequestFormatException(source, string.Empty, "The file holds 'null', not a review request.");
        }

        var fields = new RequestFieldReader(source);
        var order = document.Order ?? throw new RequestFormatException(source, "order", "Not a review request: the 'order' object is missing.");
        var facts = document.Facts ?? throw new RequestFormatException(source, "facts", "Not a review request: the 'facts' object is missing.");
        return new ReviewFacts(
            fields.Order(order, "order"),
            fields.Credit(facts.Credit, "facts.credit"),
            fields.Supply(facts.Supply, "facts.supply"),
            fields.Capabilities(facts.Capabilities, "facts.capabilities"),
            fields.Instant(facts.AsOf, "facts.asOf"),
            fields.TimeZone(facts.TimeZone, "facts.timeZone"));
    }

    internal static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');

    internal static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return e.LineNumber is { } line ? $"{text} (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})" : text;
    }
}
