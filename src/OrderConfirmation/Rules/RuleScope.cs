using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Rules;

/// <summary>
/// The inputs a compiled rule reads. One instance serves one review on one thread; the evaluator
/// moves <see cref="Line"/> and <see cref="Supply"/> along the order's lines for line rules.
/// </summary>
internal sealed class RuleScope
{
    public Order Order = null!;
    public Customer Customer = null!;
    public CreditProfile? Credit;
    public LocalDate Today;
    public IReadOnlySet<string> Capabilities = null!;
    public OrderLine? Line;
    public SupplyPosition? Supply;
}
