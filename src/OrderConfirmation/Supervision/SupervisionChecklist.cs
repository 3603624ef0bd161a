using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Supervision;

/// <summary>
/// The supervision group's checklist for a sampled order (article 6.1: the documents and records of confirmation, audited
/// for authenticity and completeness), read from the audit trail alone: one <see cref="ChecklistResult"/> per
/// <see cref="ChecklistItem"/>, each with a sentence saying what was found or what is missing. The order sheet check asks
/// for the fields of article 4.1: customer name; contact person and phone or e-mail; delivery address with street, city and
/// country; at least one line, each with product, description, quantity above zero and unit price, in a currency;
/// delivery date; payment terms; and special requirements, recorded even when "none".
/// </summary>
public static class SupervisionChecklist
{
    /// <summary>The checklist of every order of a sample, in the sample's order.</summary>
    /// <param name="trail">The trail the sample was drawn from.</param>
    /// <param name="sample">The sample.</param>
    /// <param name="policy">The policy whose permissions say which roles may confirm.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<OrderChecklist> For(SupervisionTrail trail, SupervisionSample sample, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(policy);
        return [.. sample.Orders.Select(o => For(trail, o.OrderId, policy))];
    }

    /// <summary>The checklist of one order.</summary>
    /// <param name="trail">The trail.</param>
    /// <param name="orderId">The order, compared exactly.</param>
    /// <param name="policy">The policy whose permissions say which roles may confirm.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static OrderChecklist For(SupervisionTrail trail, string orderId, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(trail);
        ArgumentNullException.ThrowIfNull(orderId);
        ArgumentNullException.ThrowIfNull(policy);
        var order = new OrderTrail(orderId, AuditQueries.ByOrder(trail.Entries, orderId));
        return new OrderChecklist(orderId,
        [
            TrailIntactCheck.Check(order, trail),
            OrderSheetCheck.Check(order),
            ClarificationCheck.Check(order),
            ChangeAssessmentCheck.Check(order),
            ConfirmationCheck.Check(order, policy),
            NotificationCheck.Check(order),
        ]);
    }
}
