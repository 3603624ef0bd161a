using NodaTime;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// The record of a confirmation (article 4.2: "the time and person of each confirmation are recorded for
/// later query and tracing"): who, in which role, when, on which rule-set version and decision, and the
/// delivery date promised to the customer.
/// </summary>
/// <param name="OrderId">The confirmed order.</param>
/// <param name="Revision">The order revision confirmed.</param>
/// <param name="ConfirmedBy">The head of Order Confirmation who confirmed.</param>
/// <param name="Role">The role they confirmed in.</param>
/// <param name="ConfirmedAt">When.</param>
/// <param name="RuleSetVersion">The version of the rules the decision was made with.</param>
/// <param name="Decision">The review decision the confirmation relied on.</param>
/// <param name="HoldReleasedBy">The Finance release the confirmation relied on, when the decision held the order for credit.</param>
/// <param name="PromisedDeliveryDate">The delivery date promised to the customer.</param>
public sealed record ConfirmationRecord(
    string OrderId,
    int Revision,
    string ConfirmedBy,
    Role Role,
    Instant ConfirmedAt,
    string RuleSetVersion,
    ReviewDecision Decision,
    ActionRecord? HoldReleasedBy,
    LocalDate PromisedDeliveryDate);
