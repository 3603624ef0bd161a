using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Rules;

/// <summary>
/// The inputs a compiled rule reads. One instance serves one review on one thread; the evaluator
/// moves <see cref="Line"/> and <see cref="Supply"/> along the order's lines for line rules, and
/// <see cref="LineChange"/>, <see cref="CurrentLine"/> and <see cref="Shipped"/> along a change request's lines.
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
    public ChangeRequest? Change;
    public OrderChanges? Changed;
    public OrderStatus Status;
    public int Revision;
    public LocalDate? PromisedDeliveryDate;
    public LineChange? LineChange;
    public OrderLine? CurrentLine;
    public decimal Shipped;

    /// <summary>The number of the line a line rule is looking at, if any.</summary>
    public int? LineNo => Line?.LineNo ?? LineChange?.LineNo;
}
