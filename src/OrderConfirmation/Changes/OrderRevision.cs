using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Changes;

/// <summary>A feasible change recorded as a new revision of the order (article 4.3: "a feasible change is recorded in the system").</summary>
/// <param name="Number">The revision number: the order's current revision plus one.</param>
/// <param name="Order">The order with the change applied.</param>
/// <param name="Request">The change request.</param>
/// <param name="Decision">The re-review decision of the changed order.</param>
/// <param name="RequiredApprovals">Departments whose approval the change needs before it takes effect (for example Finance for a price change), in the order of <see cref="Department"/>.</param>
public sealed record OrderRevision(int Number, Order Order, ChangeRequest Request, ReviewDecision Decision, IReadOnlyList<Department> RequiredApprovals);
