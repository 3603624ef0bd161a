using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Formats.Documents;
using OrderConfirmation.Review;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads review-request files (camelCase JSON holding an <c>order</c> and its <c>facts</c>) into
/// <see cref="ReviewFacts"/>. A field missing from the order is data for the review to report; a file
/// that is not a review request, a value of the wrong type or a malformed date is a
/// <see cref="RequestFormatException"/> naming the field. Facts without a <c>timeZone</c> are in the company's zone:
/// the one the caller passes, else the zone of the calendar shipped in the package (<see cref="CalendarFile.DefaultZone"/>).
/// </summary>
public static class ReviewRequestReader
{
    private static readonly RequestKind<ReviewRequestDocument> Kind = new(
        "review request",
        "'order' and 'facts'",
        HasChange: false,
        RequestJsonContext.Default.ReviewRequestDocument,
        static (check, document) => check.Review(document));

    /// <summary>Reads a review-request file within the <see cref="RequestLimits.Default"/> limits.</summary>
    /// <exception cref="RequestFormatException">The file is not a valid review request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReviewFacts ReadFile(string path) => ReadFile(path, RequestLimits.Default);

    /// <summary>Reads a review-request file; a file larger than <see cref="RequestLimits.MaxBytes"/> is refused before it is read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <exception cref="RequestFormatException">The file is not a valid review request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <param name="defaultZone">
    /// The company's time zone, for a request whose <c>facts.timeZone</c> is absent or blank; <see langword="null"/>
    /// (the default) for the zone of the calendar shipped in the package (<see cref="CalendarFile.DefaultZone"/>).
    /// A host with its own calendar file passes that calendar's zone.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ReviewFacts ReadFile(string path, RequestLimits limits, DateTimeZone? defaultZone = null)
    {
        using var content = RequestFile.Read(path, limits);
        return Read(content.Bytes, path, limits, defaultZone);
    }

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
    /// <param name="defaultZone">
    /// The company's time zone, for a request whose <c>facts.timeZone</c> is absent or blank; <see langword="null"/>
    /// (the default) for the zone of the calendar shipped in the package (<see cref="CalendarFile.DefaultZone"/>).
    /// A host with its own calendar file passes that calendar's zone.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ReviewFacts Read(ReadOnlySpan<byte> utf8Json, string source, RequestLimits limits, DateTimeZone? defaultZone = null)
    {
        var (document, fields) = RequestDocumentReader.Read(utf8Json, source, limits, defaultZone, Kind);
        var order = document.Order ?? throw Kind.Missing(fields, "order");
        var facts = document.Facts ?? throw Kind.Missing(fields, "facts");
        return fields.Facts(fields.Order(order, "order"), facts, "facts");
    }
}
