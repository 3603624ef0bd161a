using System.Linq.Expressions;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Rules;

/// <summary>A name a rule expression can use for an input, where it comes from in <see cref="RuleScope"/>, and which rules may use it.</summary>
internal sealed record RuleInput(string Name, Type Type, string ScopeField, RuleInputUse Use)
{
    /// <summary>Every input, for review rules and change-eligibility rules, order and line scope.</summary>
    public static IReadOnlyList<RuleInput> All { get; } =
    [
        new("order", typeof(Order), nameof(RuleScope.Order), RuleInputUse.Everywhere),
        new("customer", typeof(Customer), nameof(RuleScope.Customer), RuleInputUse.Everywhere),
        new("today", typeof(LocalDate), nameof(RuleScope.Today), RuleInputUse.Everywhere),
        new("credit", typeof(CreditProfile), nameof(RuleScope.Credit), RuleInputUse.Review),
        new("capabilities", typeof(IReadOnlySet<string>), nameof(RuleScope.Capabilities), RuleInputUse.Review),
        new("line", typeof(OrderLine), nameof(RuleScope.Line), RuleInputUse.ReviewLine),
        new("supply", typeof(SupplyPosition), nameof(RuleScope.Supply), RuleInputUse.ReviewLine),
        new("change", typeof(ChangeRequest), nameof(RuleScope.Change), RuleInputUse.Change),
        new("changed", typeof(OrderChanges), nameof(RuleScope.Changed), RuleInputUse.Change),
        new("status", typeof(OrderStatus), nameof(RuleScope.Status), RuleInputUse.Change),
        new("revision", typeof(int), nameof(RuleScope.Revision), RuleInputUse.Change),
        new("promisedDeliveryDate", typeof(LocalDate?), nameof(RuleScope.PromisedDeliveryDate), RuleInputUse.Change),
        new("line", typeof(LineChange), nameof(RuleScope.LineChange), RuleInputUse.ChangeLine),
        new("current", typeof(OrderLine), nameof(RuleScope.CurrentLine), RuleInputUse.ChangeLine),
        new("shipped", typeof(decimal), nameof(RuleScope.Shipped), RuleInputUse.ChangeLine),
    ];

    /// <summary>The inputs a rule of the given stage and scope may use.</summary>
    public static IReadOnlyList<RuleInput> For(ReviewStage stage, RuleScopeKind scope)
    {
        var use = (stage == ReviewStage.ChangeEligibility, scope == RuleScopeKind.Line) switch
        {
            (false, false) => RuleInputUse.ReviewOrder,
            (false, true) => RuleInputUse.ReviewLine,
            (true, false) => RuleInputUse.ChangeOrder,
            (true, true) => RuleInputUse.ChangeLine,
        };
        return [.. All.Where(i => (i.Use & use) != 0)];
    }

    /// <summary>The names of the inputs a rule of the given stage and scope may use, for messages.</summary>
    public static string NamesFor(ReviewStage stage, RuleScopeKind scope) => string.Join(", ", For(stage, scope).Select(i => i.Name));

    /// <summary>The expression that reads this input from a scope.</summary>
    public Expression Read(ParameterExpression scope) => Expression.Field(scope, ScopeField);
}
