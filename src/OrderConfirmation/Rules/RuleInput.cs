using System.Linq.Expressions;
using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Rules;

/// <summary>A name a rule expression can use for a review input, and where it comes from in <see cref="RuleScope"/>.</summary>
internal sealed record RuleInput(string Name, Type Type, string ScopeField, bool LineOnly)
{
    /// <summary>Every input, for order rules and line rules.</summary>
    public static IReadOnlyList<RuleInput> All { get; } =
    [
        new("order", typeof(Order), nameof(RuleScope.Order), LineOnly: false),
        new("customer", typeof(Customer), nameof(RuleScope.Customer), LineOnly: false),
        new("credit", typeof(CreditProfile), nameof(RuleScope.Credit), LineOnly: false),
        new("today", typeof(LocalDate), nameof(RuleScope.Today), LineOnly: false),
        new("capabilities", typeof(IReadOnlySet<string>), nameof(RuleScope.Capabilities), LineOnly: false),
        new("line", typeof(OrderLine), nameof(RuleScope.Line), LineOnly: true),
        new("supply", typeof(SupplyPosition), nameof(RuleScope.Supply), LineOnly: true),
    ];

    /// <summary>The inputs a rule of the given scope may use.</summary>
    public static IReadOnlyList<RuleInput> For(RuleScopeKind scope) =>
        scope == RuleScopeKind.Line ? All : [.. All.Where(i => !i.LineOnly)];

    /// <summary>The expression that reads this input from a scope.</summary>
    public Expression Read(ParameterExpression scope) => Expression.Field(scope, ScopeField);
}
