using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>GET /orders/{id}/readers</c>: who read an order's data, for the supervision group (articles 5 and 6.1).</summary>
internal static class ReadLogEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapReadLogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/orders/{id}/readers", ReadersAsync)
            .WithName("GetOrderReaders")
            .WithTags("Supervision")
            .WithSummary("Who read an order's data, oldest first.")
            .WithDescription(
                "Roles: Auditor only (403 for others). Every `GET /orders/{id}` is recorded in the audit trail before the order is shown: who, in " +
                "which role, when, and what was masked from them. The array lists those reads with their audit sequence numbers.")
            .Produces<OrderReadingSchema[]>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ReadersAsync(string id, Caller caller, IOrderStore store, IAuditTrail trail, CancellationToken cancellationToken)
    {
        if (!caller.Holds(Role.Auditor))
        {
            return Problems.Forbidden($"{caller} may not see who read order {id}: the read log is for the supervision group (Auditor) only.");
        }

        if (await store.FindAsync(id, cancellationToken) is null)
        {
            return Problems.UnknownOrder(id);
        }

        var readings = await OrderReadLog.ReadersAsync(trail, id, new Actor(caller.Id!, Role.Auditor), cancellationToken);
        return new JsonWriterResult(writer =>
        {
            writer.WriteStartArray();
            foreach (var reading in readings)
            {
                writer.WriteStartObject();
                writer.WriteNumber("sequence", reading.Sequence);
                writer.WriteString("reader", reading.ReaderId);
                writer.WriteString("role", reading.Role);
                writer.WriteString("at", NodaTime.Text.InstantPattern.ExtendedIso.Format(reading.At));
                writer.WriteStartArray("masked");
                foreach (var masked in reading.Masked)
                {
                    writer.WriteStringValue(masked);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }
}
