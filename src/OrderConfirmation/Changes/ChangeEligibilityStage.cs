using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Changes;

/// <summary>
/// The change-eligibility stage (article 4.3) and what its rules read: every rule sees <c>order</c>, <c>customer</c>,
/// <c>today</c>, the <c>change</c> request, what it <c>changed</c>, the order's <c>status</c>, <c>revision</c> and
/// <c>promisedDeliveryDate</c>; line rules also see the requested <c>line</c> change, the <c>current</c> line and the
/// quantity <c>shipped</c> on it.
/// </summary>
internal static class ChangeEligibilityStage
{
    public static RuleStage<ChangeEligibilityScope> Declaration { get; } =
        new RuleStage<ChangeEligibilityScope>(ReviewStage.ChangeEligibility)
            .OrderInput("order", s => s.Order)
            .OrderInput("customer", s => s.Customer)
            .OrderInput("today", s => s.Today)
            .OrderInput("change", s => s.Change)
            .OrderInput("changed", s => s.Changed)
            .OrderInput("status", s => s.Status)
            .OrderInput("revision", s => s.Revision)
            .OrderInput("promisedDeliveryDate", s => s.PromisedDeliveryDate)
            .LineInput("line", s => s.LineChange)
            .LineInput("current", s => s.CurrentLine)
            .LineInput("shipped", s => s.Shipped);
}
