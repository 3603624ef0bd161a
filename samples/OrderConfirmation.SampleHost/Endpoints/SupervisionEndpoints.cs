using System.ComponentModel;
using System.Globalization;
using OrderConfirmation.Audit;
using OrderConfirmation.Formats;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.Supervision;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>GET /supervision/sample</c>: the supervision group's sample of confirmed orders and each one's checklist
/// (article 6.1), drawn from the audit trail this host keeps, as <c>orderconfirm audit sample --json</c> draws it.
/// </summary>
internal static class SupervisionEndpoints
{
    private const string Source = "query";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/supervision/sample", SampleAsync)
            .WithName("GetSupervisionSample")
            .WithTags("Supervision")
            .WithSummary("Draws a supervision sample of confirmed orders and checks each one.")
            .WithDescription(
                "Roles: Auditor only (403 for others). The orders confirmed between `from` and `to` (dates in the working calendar's zone, both " +
                "included) are ranked by the lowercase hex SHA-256 of `<seed>:<orderId>` (UTF-8), ascending, and the first `size` drawn; each comes " +
                "with its checklist (TrailIntact, OrderSheetComplete, ClarificationsRecorded, ChangesAssessed, ConfirmedByHead, NotificationsAnswered), " +
                "read from this host's audit trail alone.")
            .Produces<SupervisionSampleSchema>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> SampleAsync(
        [Description("The first confirmation date included, such as 2026-11-01 (in the calendar's zone).")] string? from,
        [Description("The last confirmation date included.")] string? to,
        [Description("How many orders to draw, at least 1.")] string? size,
        [Description("The seed: choose it after the period ends, so no one can arrange the draw.")] string? seed,
        Caller caller,
        IAuditTrail trail,
        OrderLifecycle lifecycle,
        CancellationToken cancellationToken)
    {
        if (!caller.Holds(Role.Auditor))
        {
            return Problems.Forbidden($"{caller} may not draw a supervision sample: only the Auditor (the supervision group, article 6.1) may.");
        }

        var first = TextValues.Date(Required(from, "from"), "from", Source);
        var last = TextValues.Date(Required(to, "to"), "to", Source);
        if (first > last)
        {
            throw new RequestFormatException(Source, "to", $"'{to}' is before 'from' ({from}).");
        }

        if (!int.TryParse(Required(size, "size"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new RequestFormatException(Source, "size", $"'{size}' is not a whole number of at least 1.");
        }

        var entries = new List<AuditEntry>();
        await foreach (var entry in trail.ReadAsync(AuditQuery.All, cancellationToken))
        {
            entries.Add(entry);
        }

        var supervised = SupervisionTrail.Of(entries);
        var sample = SupervisionSample.Draw(supervised.Entries, first, last, count, Required(seed, "seed"), lifecycle.Policy.Calendar.Zone);
        var checklists = SupervisionChecklist.For(supervised, sample, lifecycle.Policy);
        return new JsonWriterResult(writer =>
        {
            writer.WriteStartObject();
            SupervisionJsonWriter.WriteDraw(writer, sample);
            writer.WriteBoolean("trailIntact", supervised.Verification.IsIntact);
            writer.WritePropertyName("orders");
            SupervisionJsonWriter.WriteOrders(writer, sample, checklists);
            writer.WriteEndObject();
        });
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new RequestFormatException(Source, field, "is required.") : value;
}
