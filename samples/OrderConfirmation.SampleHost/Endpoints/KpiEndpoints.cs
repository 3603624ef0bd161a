using System.ComponentModel;
using NodaTime;
using OrderConfirmation.Formats;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Contracts.Schemas;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary><c>GET /kpis</c>: the three KPIs of article 6.2 and the customer-case figures over the configured KPI records and the orders this host keeps.</summary>
internal static class KpiEndpoints
{
    /// <summary>The roles that see the KPIs per employee: the head of Order Confirmation and the supervision group (article 6).</summary>
    private static readonly Role[] EmployeeFiguresRoles = [Role.HeadOfOrderConfirmation, Role.Auditor];

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kpis", KpisAsync)
            .WithName("GetKpis")
            .WithTags("KPIs")
            .WithSummary("Computes the KPIs, per group.")
            .WithDescription(
                "Roles: any; `by=employee` only Auditor and HeadOfOrderConfirmation (per-employee figures are theirs to see, 403 for others). " +
                "A JSON array with one object per group, each as `orderconfirm kpi --json` writes it. The records are those read at startup from " +
                "`SampleHost:KpiRecordsPath` plus one per order this host keeps, built from its lifecycle state: a rejected order counts as processed at its " +
                "rejection, a cancelled one is left out of the timeliness and accuracy figures. Customer cases (`cases`) come from the same file's " +
                "`\"type\": \"case\"` records, each due within the reply time of its kind in the calendar's `caseReplyTime`.")
            .Produces<KpiGroupSchema[]>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> KpisAsync(
        [Description("The first receipt date included, such as 2026-11-20 (in the calendar's zone).")] string? from,
        [Description("The last receipt date included.")] string? to,
        [Description("The breakdown: none (default), department, employee, day, week or month.")] string? by,
        [Description("The instant that decides which open orders are late and which confirmations count, such as 2026-11-27T10:00:00Z; default now.")] string? asOf,
        Caller caller,
        KpiCalculator calculator,
        KpiHistory history,
        IOrderStore store,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var query = KpiQueryValues.Read(from, to, by, asOf, clock);
        if (query.By == KpiGrouping.Employee && !EmployeeFiguresRoles.Any(caller.Holds))
        {
            return Problems.Forbidden(
                $"{caller} may not see per-employee figures (by=employee): only {string.Join(", ", EmployeeFiguresRoles)} may. Other groupings are open to every role.");
        }

        var records = await history.WithStoredOrdersAsync(store, query.AsOf, cancellationToken);
        var groups = calculator.Compute(records.Orders, records.Responses, query, records.Cases);
        return new JsonWriterResult(writer =>
        {
            writer.WriteStartArray();
            foreach (var group in groups)
            {
                KpiJsonWriter.Write(writer, group);
            }

            writer.WriteEndArray();
        });
    }
}
