using System.ComponentModel;
using NodaTime;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Reports;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;
using OrderConfirmation.SampleHost.Store;
using OrderConfirmation.Storage;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>GET /reports/kpis</c>: the KPI report as one self-contained HTML page (<see cref="KpiHtmlReport"/>), over the
/// same records as <c>GET /kpis</c>, for the head of Order Confirmation and the supervision group.
/// </summary>
internal static class KpiReportEndpoints
{
    /// <summary>The roles that see the report: it names every employee's figures (article 6.2 feeds pay and promotion).</summary>
    private static readonly Role[] ReportRoles = [Role.HeadOfOrderConfirmation, Role.Auditor];

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapKpiReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/kpis", ReportAsync)
            .WithName("GetKpiReport")
            .WithTags("KPIs")
            .WithSummary("Renders the KPI report as an HTML page.")
            .WithDescription(
                "Roles: Auditor and HeadOfOrderConfirmation only (403 for others: the report names every employee's figures). One self-contained " +
                "HTML page (inline styles and SVG, no scripts, nothing loaded from elsewhere), as `orderconfirm kpi --html` writes it: headline " +
                "tiles for accuracy, timely processing, satisfaction and case replies against the targets of the rules directory's calendar " +
                "(`targets`), a weekly or monthly trend, bar charts and tables by department and by employee, and the records behind the late and " +
                "inaccurate counts. The records are those of `GET /kpis`; every breakdown is in the page, so there is no `by`.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<IResult> ReportAsync(
        [Description("The first receipt date included, such as 2026-11-20 (in the calendar's zone).")] string? from,
        [Description("The last receipt date included.")] string? to,
        [Description("The instant that decides which open orders are late and which confirmations count, such as 2026-11-27T10:00:00Z; default now.")] string? asOf,
        Caller caller,
        KpiCalculator calculator,
        KpiHistory history,
        IOrderStore store,
        IClock clock,
        CancellationToken cancellationToken)
    {
        if (!ReportRoles.Any(caller.Holds))
        {
            return Problems.Forbidden($"{caller} may not see the KPI report: only {string.Join(", ", ReportRoles)} may (it names every employee's figures).");
        }

        var query = KpiQueryValues.Read(from, to, by: null, asOf, clock);
        var records = await history.WithStoredOrdersAsync(store, query.AsOf, cancellationToken);
        using var page = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        KpiHtmlReport.Write(page, calculator, query, records);
        return Results.Content(page.ToString(), "text/html; charset=utf-8");
    }
}
