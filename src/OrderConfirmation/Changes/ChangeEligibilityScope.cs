using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Changes;

/// <summary>
/// What the change-eligibility rules read. One instance serves one assessment on one thread; the evaluator moves
/// <see cref="LineChange"/>, <see cref="CurrentLine"/> and <see cref="Shipped"/> along the change request's lines.
/// </summary>
internal sealed class ChangeEligibilityScope
{
    public Order Order = null!;
    public Customer Customer = null!;
    public LocalDate Today;
    public ChangeRequest Change = null!;
    public OrderChanges Changed = null!;
    public OrderStatus Status;
    public int Revision;
    public LocalDate? PromisedDeliveryDate;
    public LineChange? LineChange;
    public OrderLine? CurrentLine;
    public decimal Shipped;
}
