using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using RulesEngine.Models;

namespace OrderConfirmation.Tests.Differential;

/// <summary>
/// The reference: RulesEngine 6.0.1 itself, through its public <c>ExecuteAllRulesAsync</c>, on the workflows of
/// <see cref="RulesEngineWorkflows"/> (JSON read by RulesEngine's own constructor). Order workflows run once with
/// <c>order</c>, <c>customer</c>, <c>credit</c>, <c>today</c>, <c>capabilities</c> and <c>rates</c>; line workflows once
/// per line with <c>line</c>, <c>supply</c> (the line's SKU in the supply facts, or null), <c>price</c> and
/// <c>skuDemand</c> (<see cref="ReferenceLineFacts"/>) as well. RulesEngine evaluates
/// GlobalParams and LocalParams itself. A result with <c>IsSuccess</c> false and an <c>ExceptionMessage</c> is an
/// error (RulesEngine reports exceptions that way); without one it is a plain failure.
/// </summary>
internal sealed class RulesEngineReview
{
    /// <summary>The same custom types our compiler gives RulesEngine's expression parser.</summary>
    public static readonly Type[] CustomTypes = [typeof(Check), typeof(LocalDate), typeof(PaymentTerms), typeof(OrderStatus), typeof(ExchangeRates), typeof(CreditProfile), typeof(PriceListEntry)];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly string[] _orderWorkflows;
    private readonly string[] _lineWorkflows;

    public RulesEngineReview(IReadOnlyList<RulesEngineWorkflow> workflows)
    {
        _engine = new RulesEngine.RulesEngine([.. workflows.Select(w => w.Json)], new ReSettings { CustomTypes = [.. CustomTypes] });
        _orderWorkflows = [.. workflows.Where(w => w.Scope == RuleScopeKind.Order).Select(w => w.Name)];
        _lineWorkflows = [.. workflows.Where(w => w.Scope == RuleScopeKind.Line).Select(w => w.Name)];
    }

    /// <summary>Every rule of every workflow on the order, and every line rule on every line.</summary>
    public IReadOnlyList<RuleVerdict> Evaluate(ReviewFacts facts)
    {
        var verdicts = new List<RuleVerdict>();
        RuleParameter[] orderInputs =
        [
            RuleParameter.Create("order", facts.Order),
            RuleParameter.Create("customer", facts.Order.Customer),
            RuleParameter.Create("credit", facts.Credit),
            RuleParameter.Create("today", facts.Today),
            RuleParameter.Create("capabilities", facts.Capabilities),
            RuleParameter.Create("rates", facts.ExchangeRates),
            RuleParameter.Create("agreedDeliveryDate", facts.AgreedDeliveryDate),
        ];
        foreach (var workflow in _orderWorkflows)
        {
            Execute(workflow, orderInputs, lineNo: null, verdicts);
        }

        foreach (var line in facts.Order.Lines)
        {
            var supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
            RuleParameter[] lineInputs =
            [
                .. orderInputs, RuleParameter.Create("line", line), RuleParameter.Create("supply", supply),
                RuleParameter.Create("price", ReferenceLineFacts.Price(facts, line)), RuleParameter.Create("skuDemand", ReferenceLineFacts.Demand(facts.Order, line)),
            ];
            foreach (var workflow in _lineWorkflows)
            {
                Execute(workflow, lineInputs, line.LineNo, verdicts);
            }
        }

        return verdicts;
    }

    private void Execute(string workflow, RuleParameter[] inputs, int? lineNo, List<RuleVerdict> verdicts)
    {
        // ExecuteAllRulesAsync completes synchronously once the workflow is compiled; no context to deadlock on here.
        var results = _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult();
        foreach (var result in results)
        {
            var verdict = result.IsSuccess ? Verdict.Pass : string.IsNullOrEmpty(result.ExceptionMessage) ? Verdict.Fail : Verdict.Error;
            verdicts.Add(new RuleVerdict(result.Rule.RuleName, lineNo, verdict, verdict == Verdict.Error ? result.ExceptionMessage : null));
        }
    }
}
