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
            .FieldInput("order", nameof(ChangeEligibilityScope.Order), RuleScopeKind.Order)
            .FieldInput("customer", nameof(ChangeEligibilityScope.Customer), RuleScopeKind.Order)
            .FieldInput("today", nameof(ChangeEligibilityScope.Today), RuleScopeKind.Order)
            .FieldInput("change", nameof(ChangeEligibilityScope.Change), RuleScopeKind.Order)
            .FieldInput("changed", nameof(ChangeEligibilityScope.Changed), RuleScopeKind.Order)
            .FieldInput("status", nameof(ChangeEligibilityScope.Status), RuleScopeKind.Order)
            .FieldInput("revision", nameof(ChangeEligibilityScope.Revision), RuleScopeKind.Order)
            .FieldInput("promisedDeliveryDate", nameof(ChangeEligibilityScope.PromisedDeliveryDate), RuleScopeKind.Order)
            .FieldInput("line", nameof(ChangeEligibilityScope.LineChange), RuleScopeKind.Line)
            .FieldInput("current", nameof(ChangeEligibilityScope.CurrentLine), RuleScopeKind.Line)
            .FieldInput("shipped", nameof(ChangeEligibilityScope.Shipped), RuleScopeKind.Line);
}
