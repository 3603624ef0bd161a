using System.Text.Json;
using NodaTime;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using RulesEngine.Models;

namespace OrderConfirmation.Benchmarks.Naive;

/// <summary>
/// The default rule files run the naive way, as RulesEngine's documentation shows: every file becomes a workflow
/// (split in two, its order rules and its line rules), and a review calls <c>ExecuteAllRulesAsync</c> once per order
/// workflow and once per line for each line workflow, with the same gating as the evaluator (the detailed stages run
/// only when the preliminary review finds no error, the pricing stage only when the facts have a price list). Line
/// workflows get the line's <c>supply</c>, <c>price</c> and <c>skuDemand</c>, looked up and added up per line with LINQ,
/// as a naive caller would. The result is the names of the failed rules, in order: RulesEngine
/// cannot render the files' <c>{placeholder}</c> messages or compute their values, so it does less work than a review.
/// </summary>
public sealed class NaiveRulesEngineReview
{
    private const string PricingStage = "PricingPolicy";
    private static readonly string[] StageOrder = ["PreliminaryReview", "CreditAssessment", PricingStage, "TechnicalFeasibility", "SupplyCapability"];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly StageWorkflows[] _stages;
    private readonly HashSet<string> _blockingRules;

    private NaiveRulesEngineReview(RulesEngine.RulesEngine engine, StageWorkflows[] stages, HashSet<string> blockingRules)
    {
        _engine = engine;
        _stages = stages;
        _blockingRules = blockingRules;
    }

    /// <summary>Builds the workflows from the default rule files (all but the change-eligibility rules).</summary>
    public static NaiveRulesEngineReview FromDefaultRules()
    {
        var workflows = new List<Workflow>();
        var stages = new Dictionary<string, StageWorkflows>(StringComparer.Ordinal);
        var blocking = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in RuleFile.EmbeddedDefaults())
        {
            using var document = JsonDocument.Parse(file.Content);
            var root = document.RootElement;
            var name = root.GetProperty("WorkflowName").GetString()!;
            var globals = root.TryGetProperty("GlobalParams", out var g) ? ScopedParams(g) : [];
            var orderRules = new List<Rule>();
            var lineRules = new List<Rule>();
            string? stage = null;
            foreach (var element in root.GetProperty("Rules").EnumerateArray())
            {
                var properties = element.GetProperty("Properties");
                stage = properties.GetProperty("Stage").GetString();
                var rule = new Rule
                {
                    RuleName = element.GetProperty("RuleName").GetString(),
                    Expression = element.GetProperty("Expression").GetString(),
                    ErrorMessage = element.GetProperty("ErrorMessage").GetString(),
                    LocalParams = element.TryGetProperty("LocalParams", out var locals) ? ScopedParams(locals) : null,
                };
                if (properties.GetProperty("Severity").GetString() == "Error")
                {
                    blocking.Add(rule.RuleName!);
                }

                var isLine = properties.TryGetProperty("Scope", out var scope) && scope.GetString() == "Line";
                (isLine ? lineRules : orderRules).Add(rule);
            }

            if (stage is null || !StageOrder.Contains(stage))
            {
                continue;
            }

            var orderWorkflow = orderRules.Count == 0 ? null : name;
            var lineWorkflow = lineRules.Count == 0 ? null : name + ".Lines";
            if (orderWorkflow is not null)
            {
                workflows.Add(new Workflow { WorkflowName = orderWorkflow, GlobalParams = globals, Rules = orderRules });
            }

            if (lineWorkflow is not null)
            {
                workflows.Add(new Workflow { WorkflowName = lineWorkflow, GlobalParams = globals, Rules = lineRules });
            }

            stages[stage] = new StageWorkflows(orderWorkflow, lineWorkflow, stage == PricingStage);
        }

        var settings = new ReSettings
        {
            CustomTypes = [typeof(Check), typeof(LocalDate), typeof(PaymentTerms), typeof(OrderStatus), typeof(ExchangeRates), typeof(CreditProfile), typeof(PriceListEntry)],
        };
        var engine = new RulesEngine.RulesEngine([.. workflows], settings);
        return new NaiveRulesEngineReview(engine, [.. StageOrder.Where(stages.ContainsKey).Select(s => stages[s])], blocking);
    }

    /// <summary>Reviews the facts; returns the names of the failed rules in the evaluator's order.</summary>
    /// <exception cref="InvalidOperationException">A rule threw (RulesEngine reports that as a failure with the exception's message).</exception>
    public List<string> Evaluate(ReviewFacts facts)
    {
        var order = facts.Order;
        var today = facts.Today;
        var failed = new List<string>();
        for (var s = 0; s < _stages.Length; s++)
        {
            if (s == 1 && failed.Exists(_blockingRules.Contains))
            {
                break;
            }

            var stage = _stages[s];
            if (stage.NeedsPrices && facts.Prices is null)
            {
                continue;
            }

            if (stage.OrderWorkflow is { } orderWorkflow)
            {
                Collect(Execute(orderWorkflow, Inputs(facts, order, today)), failed);
            }

            if (stage.LineWorkflow is { } lineWorkflow)
            {
                foreach (var line in order.Lines)
                {
                    var supply = line.Sku is { } sku ? facts.Supply.GetValueOrDefault(sku) : null;
                    var price = line.Sku is { } priced && facts.Prices is { } prices ? prices.GetValueOrDefault(priced) : null;
                    var skuDemand = line.Sku is null ? line.Quantity ?? 0m : order.Lines.Where(l => l.Sku == line.Sku).Sum(l => l.Quantity ?? 0m);
                    RuleParameter[] inputs =
                    [
                        .. Inputs(facts, order, today),
                        RuleParameter.Create("line", line),
                        RuleParameter.Create("supply", supply),
                        RuleParameter.Create("price", price),
                        RuleParameter.Create("skuDemand", skuDemand),
                    ];
                    Collect(Execute(lineWorkflow, inputs), failed);
                }
            }
        }

        return failed;
    }

    private static RuleParameter[] Inputs(ReviewFacts facts, Order order, LocalDate today) =>
    [
        RuleParameter.Create("order", order),
        RuleParameter.Create("customer", order.Customer),
        RuleParameter.Create("credit", facts.Credit),
        RuleParameter.Create("today", today),
        RuleParameter.Create("capabilities", facts.Capabilities),
        RuleParameter.Create("agreedDeliveryDate", facts.AgreedDeliveryDate),
        RuleParameter.Create("rates", facts.ExchangeRates),
    ];

    private List<RuleResultTree> Execute(string workflow, RuleParameter[] inputs)
    {
        var pending = _engine.ExecuteAllRulesAsync(workflow, inputs);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static void Collect(List<RuleResultTree> results, List<string> failed)
    {
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                continue;
            }

            if (result.ExceptionMessage != result.Rule.ErrorMessage)
            {
                throw new InvalidOperationException($"RulesEngine could not evaluate {result.Rule.RuleName}: {result.ExceptionMessage}");
            }

            failed.Add(result.Rule.RuleName);
        }
    }

    private static List<ScopedParam> ScopedParams(JsonElement array) =>
        [.. array.EnumerateArray().Select(p => new ScopedParam { Name = p.GetProperty("Name").GetString(), Expression = p.GetProperty("Expression").GetString() })];

    private sealed record StageWorkflows(string? OrderWorkflow, string? LineWorkflow, bool NeedsPrices);
}
