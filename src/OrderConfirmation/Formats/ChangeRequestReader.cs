using NodaTime;
using OrderConfirmation.Calendars;
using OrderConfirmation.Changes;
using OrderConfirmation.Formats.Documents;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Formats;

/// <summary>
/// Reads change-request files: camelCase JSON with the <c>order</c> as it stands (a review-request order plus
/// <c>status</c>, <c>revision</c>, <c>promisedDeliveryDate</c> and each line's <c>shippedQuantity</c>), the
/// <c>change</c> and the <c>facts</c>. In the change, a <see langword="null"/> or absent field means "unchanged".
/// Every error is a <see cref="RequestFormatException"/> naming the field. Facts without a <c>timeZone</c> are in the
/// company's zone, as for <see cref="ReviewRequestReader"/>.
/// </summary>
public static class ChangeRequestReader
{
    private static readonly RequestKind<ChangeRequestDocument> Kind = new(
        "change request",
        "'order', 'change' and 'facts'",
        HasChange: true,
        RequestJsonContext.Default.ChangeRequestDocument,
        static (check, document) => check.Change(document));

    /// <summary>Reads a change-request file within the <see cref="RequestLimits.Default"/> limits.</summary>
    /// <exception cref="RequestFormatException">The file is not a valid change request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ChangeReviewRequest ReadFile(string path) => ReadFile(path, RequestLimits.Default);

    /// <summary>Reads a change-request file; a file larger than <see cref="RequestLimits.MaxBytes"/> is refused before it is read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <exception cref="RequestFormatException">The file is not a valid change request, or exceeds a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <param name="defaultZone">
    /// The company's time zone, for a request whose <c>facts.timeZone</c> is absent or blank; <see langword="null"/>
    /// (the default) for the zone of the calendar shipped in the package (<see cref="CalendarFile.DefaultZone"/>).
    /// A host with its own calendar file passes that calendar's zone.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ChangeReviewRequest ReadFile(string path, RequestLimits limits, DateTimeZone? defaultZone = null)
    {
        using var content = RequestFile.Read(path, limits);
        return Read(content.Bytes, path, limits, defaultZone);
    }

    /// <summary>Reads a change request from UTF-8 JSON within the <see cref="RequestLimits.Default"/> limits.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <exception cref="RequestFormatException">The content is not a valid change request, or exceeds a limit.</exception>
    public static ChangeReviewRequest Read(ReadOnlySpan<byte> utf8Json, string source) => Read(utf8Json, source, RequestLimits.Default);

    /// <summary>Reads a change request from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The request.</param>
    /// <param name="source">The name of the source, for error messages.</param>
    /// <param name="limits">How much the request may hold.</param>
    /// <exception cref="RequestFormatException">The content is not a valid change request, or exceeds a limit.</exception>
    /// <param name="defaultZone">
    /// The company's time zone, for a request whose <c>facts.timeZone</c> is absent or blank; <see langword="null"/>
    /// (the default) for the zone of the calendar shipped in the package (<see cref="CalendarFile.DefaultZone"/>).
    /// A host with its own calendar file passes that calendar's zone.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public static ChangeReviewRequest Read(ReadOnlySpan<byte> utf8Json, string source, RequestLimits limits, DateTimeZone? defaultZone = null)
    {
        var (document, fields) = RequestDocumentReader.Read(utf8Json, source, limits, defaultZone, Kind);
        var orderDocument = document.Order ?? throw Kind.Missing(fields, "order");
        var changeDocument = document.Change ?? throw Kind.Missing(fields, "change");
        var factsDocument = document.Facts ?? throw Kind.Missing(fields, "facts");
        var order = fields.Order(orderDocument, "order");
        var current = Snapshot(fields, orderDocument, order);
        return new ChangeReviewRequest(current, Change(fields, changeDocument), fields.Facts(order, factsDocument, "facts"));
    }

    private static OrderSnapshot Snapshot(RequestFieldReader fields, OrderDocument document, Orders.Order order)
    {
        var status = fields.Enum<OrderStatus>(document.Status, "order.status")
            ?? throw fields.Error("order.status", $"Required: one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
        var revision = document.Revision ?? 1;
        if (revision < 1)
        {
            throw fields.Error("order.revision", "Must be 1 or more.");
        }

        var shipped = new Dictionary<int, decimal>();
        for (var i = 0; document.Lines is not null && i < document.Lines.Count; i++)
        {
            if (document.Lines[i]?.ShippedQuantity is { } quantity)
            {
                shipped[order.Lines[i].LineNo] = quantity >= 0 ? quantity : throw fields.Error($"order.lines[{i}].shippedQuantity", "Must not be negative.");
            }
        }

        return new OrderSnapshot(order, status, revision, fields.Date(document.PromisedDeliveryDate, "order.promisedDeliveryDate"), shipped);
    }

    private static ChangeRequest Change(RequestFieldReader fields, ChangeDocument change)
    {
        var lines = new List<LineChange>();
        for (var i = 0; change.Lines is not null && i < change.Lines.Count; i++)
        {
            var path = $"change.lines[{i}]";
            var line = change.Lines[i] ?? throw fields.Error(path, "A line entry is null; remove it or give its fields.");
            var lineNo = line.LineNo ?? throw fields.Error($"{path}.lineNo", "Required: the number of the line to change, remove or add.");
            if (lineNo < 1)
            {
                throw fields.Error($"{path}.lineNo", "Must be 1 or more: the number of the line to change, remove or add.");
            }

            try
            {
                lines.Add(new LineChange(lineNo, line.Remove ?? false, line.Sku, line.Description, line.Quantity, line.UnitPrice, line.Requirements is null ? null : fields.Codes(line.Requirements, $"{path}.requirements")));
            }
            catch (ArgumentException e)
            {
                throw fields.Error(path, FirstSentence(e.Message));
            }
        }

        var changeId = fields.Required(change.ChangeId, "change.changeId");
        var requestedBy = fields.Required(change.RequestedBy, "change.requestedBy");
        var requestedAt = fields.Instant(change.RequestedAt, "change.requestedAt");
        try
        {
            return new ChangeRequest(changeId, requestedAt, requestedBy, change.Reason, lines)
            {
                RequestedDeliveryDate = fields.Date(change.RequestedDeliveryDate, "change.requestedDeliveryDate"),
                DeliveryAddress = RequestFieldReader.Address(change.DeliveryAddress),
                PaymentTerms = fields.Enum<Orders.PaymentTerms>(change.PaymentTerms, "change.paymentTerms"),
                SpecialRequirements = change.SpecialRequirements,
                Currency = change.Currency,
            };
        }
        catch (ArgumentException e)
        {
            throw fields.Error("change.lines", FirstSentence(e.Message));
        }
    }

    private static string FirstSentence(string message) =>
        message.Split(" (Parameter", 2)[0];
}
