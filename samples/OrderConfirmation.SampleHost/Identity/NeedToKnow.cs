using System.Collections.Frozen;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.SampleHost.Identity;

/// <summary>
/// What of an order a caller has business with (article 5: order information must not reach people who have no
/// business with it). Three kinds of data are confidential, each shown only to some roles; a caller with several roles
/// sees what any of them sees:
/// <list type="bullet">
/// <item><b>customer data</b>, the customer's contact details and addresses and the delivery address: the library's
/// <see cref="LifecyclePolicy.CustomerDataRoles"/> (by default Sales, Order Confirmation and Finance, articles 3 and 4.1),
/// masked as <see cref="OrderView"/> masks them;</item>
/// <item><b>prices</b>, unit prices and the order total: <see cref="PriceRoles"/>, everyone but the executing departments
/// (Sales takes the price, Order Confirmation and Finance review it, the supervision group audits the order sheets,
/// articles 3, 4.1, 4.2 and 6.1);</item>
/// <item><b>credit details</b>, the customer's credit profile: <see cref="CreditRoles"/>, Finance, Order Confirmation and
/// the supervision group (article 4.2 gives the credit assessment to Finance within Order Confirmation's review; 6.1).</item>
/// </list>
/// Review findings quote what they checked, so a finding's <c>message</c> and <c>values</c> are masked too unless the
/// caller sees what its stage reads: the preliminary review reads contacts, addresses and prices, the credit assessment
/// credit details and the order total, the technical and supply stages nothing confidential; any other stage all three.
/// </summary>
internal sealed record NeedToKnow
{
    /// <summary>The roles that see prices.</summary>
    public static readonly FrozenSet<Role> PriceRoles =
        new[] { Role.SalesRep, Role.ConfirmationOfficer, Role.FinanceOfficer, Role.HeadOfOrderConfirmation, Role.Auditor }.ToFrozenSet();

    /// <summary>The roles that see credit details.</summary>
    public static readonly FrozenSet<Role> CreditRoles =
        new[] { Role.ConfirmationOfficer, Role.FinanceOfficer, Role.HeadOfOrderConfirmation, Role.Auditor }.ToFrozenSet();

    private readonly LifecyclePolicy _policy;
    private readonly Role _role;

    private NeedToKnow(LifecyclePolicy policy, IReadOnlyList<Role> roles)
    {
        _policy = policy;
        Roles = roles;
        CustomerData = roles.Any(policy.CustomerDataRoles.Contains);
        Prices = roles.Any(PriceRoles.Contains);
        Credit = roles.Any(CreditRoles.Contains);
        _role = CustomerData ? roles.First(policy.CustomerDataRoles.Contains) : roles[0];
    }

    /// <summary>The role the view is shown in, as the read log records it: the first of the caller's roles that sees customer data, else the first.</summary>
    public Role Role => _role;

    /// <summary>The roles the view is for.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Whether contact details and addresses are shown.</summary>
    public bool CustomerData { get; }

    /// <summary>Whether unit prices and totals are shown.</summary>
    public bool Prices { get; }

    /// <summary>Whether the customer's credit profile is shown.</summary>
    public bool Credit { get; }

    /// <summary>The names of what is hidden: <c>customerData</c>, <c>prices</c>, <c>credit</c>.</summary>
    public IReadOnlyList<string> Masked =>
        [.. new[] { (CustomerData, "customerData"), (Prices, "prices"), (Credit, "credit") }.Where(c => !c.Item1).Select(c => c.Item2)];

    /// <summary>What a caller with <paramref name="roles"/> sees under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="roles"/> is empty.</exception>
    public static NeedToKnow For(IReadOnlyList<Role> roles, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(policy);
        return roles.Count == 0 ? throw new ArgumentException("A view is for at least one role.", nameof(roles)) : new NeedToKnow(policy, roles);
    }

    /// <summary>The order with what the caller may not see masked.</summary>
    public Order Of(Order order)
    {
        var view = OrderView.For(order, _role, _policy).Order;
        return Prices ? view : view with { Lines = [.. view.Lines.Select(line => line with { UnitPrice = null })] };
    }

    /// <summary>The credit profile, or <see langword="null"/> when the caller may not see it.</summary>
    public CreditProfile? Of(CreditProfile? credit) => Credit ? credit : null;

    /// <summary>The decision with the message and values of each finding the caller may not read masked.</summary>
    public ReviewDecision Of(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Findings.All(Readable))
        {
            return decision;
        }

        ReviewFinding[] findings = [.. decision.Findings.Select(f => Readable(f) ? f : Mask(f))];
        return new ReviewDecision(decision.OrderId, decision.StagesRun, findings, decision.RuleSetVersion, decision.EvaluatedAt, decision.RuleSetLabel, decision.RuleSetEffectiveDate);
    }

    private bool Readable(ReviewFinding finding) =>
        finding.Stage == ReviewStage.PreliminaryReview ? CustomerData && Prices
        : finding.Stage == ReviewStage.CreditAssessment ? Credit && Prices
        : finding.Stage == ReviewStage.TechnicalFeasibility || finding.Stage == ReviewStage.SupplyCapability || (CustomerData && Prices && Credit);

    private static ReviewFinding Mask(ReviewFinding finding) =>
        new(
            finding.Rule,
            finding.Stage,
            finding.Department,
            finding.Severity,
            finding.Outcome,
            finding.Action,
            OrderView.Masked,
            finding.Values.ToDictionary(v => v.Key, v => v.Value is null ? null : (object?)OrderView.Masked),
            finding.LineNo,
            finding.Kind);
}
