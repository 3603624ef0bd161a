using System.Globalization;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Reports;
using OrderConfirmation.Rules;
using OrderConfirmation.SampleHost.Http;
using OrderConfirmation.SampleHost.Identity;

namespace OrderConfirmation.SampleHost.Endpoints;

/// <summary>
/// <c>GET /reports/rules</c>: the catalogue of the rules this host runs, as <c>orderconfirm rules --html</c> writes it,
/// for the supervision group and the head of Order Confirmation. The host runs no rule test cases, so the catalogue says
/// that none were run.
/// </summary>
internal static class RuleCatalogueEndpoints
{
    /// <summary>The roles that read the catalogue: the supervision group (article 6.1) and the head of Order Confirmation.</summary>
    private static readonly Role[] Readers = [Role.Auditor, Role.HeadOfOrderConfirmation];

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapRuleCatalogueEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/rules", RuleCatalogue)
            .WithName("GetRuleCatalogue")
            .WithTags("Reports")
            .WithSummary("The catalogue of the rules in force, as an HTML page.")
            .WithDescription(
                "Roles: Auditor and HeadOfOrderConfirmation (403 for others). One self-contained HTML page (no scripts, styles or " +
                "images from elsewhere), as `orderconfirm rules --html` writes it: the rule set's version and effective date, then " +
                "per stage and department each rule with its severity, outcome, action, message template and the parameters it " +
                "reads with their values. The host runs no rule test cases, so the page says that none were run. The rules are " +
                "those in force at the request (after a reload, the new ones).")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static IResult RuleCatalogue(Caller caller, IRuleSetProvider rules)
    {
        if (!Readers.Any(caller.Holds))
        {
            return Problems.Forbidden($"{caller} may not read the rule catalogue: only {string.Join(", ", Readers)} may.");
        }

        using var page = new StringWriter(CultureInfo.InvariantCulture);
        RuleCatalogueHtmlReport.Write(page, rules.Current, tests: null, source: "the rules this host runs");
        return TypedResults.Content(page.ToString(), "text/html; charset=utf-8");
    }
}
