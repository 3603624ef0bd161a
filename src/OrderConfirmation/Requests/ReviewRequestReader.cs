using System.Text.Json;
using OrderConfirmation.Json;
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

    /// <summary>Reads a review-request file within the <see cref="RequestLimits.Default"/> limits.</summary>
    /// <exception cref="RequestFormatException">The file is not a valid review request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReviewFacts ReadFile(string path) => ReadFile(path, RequestLimits.Default);

    /// <summary>Reads a review-request file; a file larger than <see cref="RequestLimits.MaxBytes"/> is refused before it is read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <exception cref="RequestFormatException">The file is not a valid review request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ReviewFacts ReadFile(string path, RequestLimits limits) => Read(RequestFile.Read(path, limits), path, limits);

    /// <summary>Reads a review request from UTF-8 JSON within the <see cref="RequestLimits.Default"/> limits.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <exception cref="RequestFormatException">The content is not a valid review request, or exceeds a limit.</exception>
    public static ReviewFacts Read(ReadOnlySpan<byte> utf8Json, string source) => Read(utf8Json, source, RequestLimits.Default);

    /// <summary>Reads a review request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <exception cref="RequestFormatException">The content is not a valid review request, or exceeds a limit.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ReviewFacts Read(ReadOnlySpan<byte> utf8Json, string source, RequestLimits limits)
    {
        RequestLimitCheck.Size(source, utf8Json.Length, limits, string.Empty);
        var json = Utf8Bom.Skip(utf8Json);
        if (IsBlank(json))
        {
            throw new RequestFormatException(source, string.Empty, "The request is empty: expected a JSON object with 'order' and 'facts'.");
        }

        RequestLineCounter.Check(json, source, limits, change: false);
        ReviewRequestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, RequestJsonContext.Default.ReviewRequestDocument);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            throw new RequestFormatException(source, field, field.Length == 0 && JsonProblem.IsWrongType(e)
                ? "Not a review request: expected a JSON object with 'order' and 'facts'."
                : JsonProblem.Describe(e));
        }

        if (document is null)
        {
            throw new RequestFormatException(source, string.Empty, "The file holds 'null', not a review request.");
        }

        var fields = new RequestFieldReader(source);
        new RequestLimitCheck(fields, limits).Review(document);
        var order = document.Order ?? throw new RequestFormatException(source, "order", "Not a review request: the 'order' object is missing.");
        var facts = document.Facts ?? throw new RequestFormatException(source, "facts", "Not a review request: the 'facts' object is missing.");
        return fields.Facts(fields.Order(order, "order"), facts, "facts");
    }

    internal static bool IsBlank(ReadOnlySpan<byte> utf8Json) => utf8Json.Trim(" \t\r\n"u8).IsEmpty;

    internal static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? string.Empty : jsonPath.TrimStart('$').TrimStart('.');
}
