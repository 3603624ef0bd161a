using System.Collections;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using RulesEngine.Models;

namespace OrderConfirmation.Tests.Differential;

/// <summary>How the reference pipeline deviates from the regulation, for the proofs that a deviation is caught.</summary>
/// <param name="GateOnPreliminaryErrors">Whether an error in the preliminary review stops the detailed review (article 4.1).</param>
/// <param name="SkippedStage">A stage the pipeline leaves out.</param>
internal sealed record ReferenceDeviation(bool GateOnPreliminaryErrors = true, ReviewStage? SkippedStage = null);

/// <summary>
/// An independent review pipeline on RulesEngine 6.0.1's public <c>ExecuteAllRulesAsync</c>, written from the README
/// and the regulation rather than from the library's evaluator: the preliminary review (article 4.1) runs first and,
/// when it finds an error, the detailed stages (article 4.2: credit, Finance's pricing when a price list is given, technical, supply) do not run; a stage runs when
/// the rule files have an enabled rule for it; within a stage the order rules run in file and declaration order, then
/// line by line the line rules. A failed rule gives a finding with its metadata, the values RulesEngine computed for it
/// and the message rendered from them; an exception gives a held <see cref="FindingKind.EvaluationError"/>. The
/// outcome is the most severe outcome of the error findings. Change eligibility (article 4.3) runs its rules the same
/// way over the change request's inputs, line rules once per requested line change.
/// </summary>
internal sealed class ReferencePipeline
{
    /// <summary>The review stages in the regulation's order.</summary>
    private static readonly ReviewStage[] ReviewStages = [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability];

    /// <summary>Outcomes from the least to the most severe (README: Rejected > OnHold > NeedsClarification > ReadyToConfirm).</summary>
    private static readonly ReviewOutcome[] BySeverity = [ReviewOutcome.ReadyToConfirm, ReviewOutcome.NeedsClarification, ReviewOutcome.OnHold, ReviewOutcome.Rejected];

    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, ReferenceRule> _rules;
    private readonly HashSet<string> _workflows;
    private readonly int _files;
    private readonly ReferenceDeviation _deviation;

    public ReferencePipeline(IReadOnlyList<RuleFile> files, ReferenceDeviation? deviation = null, Func<string, string, string>? rewrite = null)
    {
        _engine = new RulesEngine.RulesEngine([.. ReferenceRuleFiles.Workflows(files, rewrite)], new ReSettings { CustomTypes = [.. RulesEngineReview.CustomTypes] });
        var rules = ReferenceRuleFiles.Rules(files).Where(r => r.Enabled).ToList();
        _rules = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _workflows = [.. rules.Select(r => ReferenceRuleFiles.WorkflowName(r.File, r.Stage, r.Scope))];
        _files = files.Count;
        _deviation = deviation ?? new ReferenceDeviation();
    }

    /// <summary>The decision the rule files imply for the facts.</summary>
    public ExpectedDecision Review(ReviewFacts facts)
    {
        var stages = new List<ReviewStage>();
        var findings = new List<ExpectedFinding>();
        foreach (var stage in ReviewStages)
        {
            // Finance's price policy runs only when the review has a price list (issue 15).
            if (stage == _deviation.SkippedStage || !_rules.Values.Any(r => r.Stage == stage) || (stage == ReviewStage.PricingPolicy && facts.Prices is null))
            {
                continue;
            }

            var preliminaryFailed = findings.Exists(f => f.Stage == ReviewStage.PreliminaryReview && f.Severity == FindingSeverity.Error);
            if (stage != ReviewStage.PreliminaryReview && _deviation.GateOnPreliminaryErrors && preliminaryFailed)
            {
                break;
            }

            stages.Add(stage);
            RuleParameter[] orderInputs =
            [
                Input("order", facts.Order),
                Input("customer", facts.Order.Customer),
                Input("credit", facts.Credit),
                Input("today", facts.Today),
                Input("capabilities", facts.Capabilities),
                Input("rates", facts.ExchangeRates),
                Input("agreedDeliveryDate", facts.AgreedDeliveryDate),
            ];
            Run(stage, RuleScopeKind.Order, orderInputs, lineNo: null, findings);
            foreach (var line in facts.Order.Lines)
            {
                var supply = line.Sku is { } sku && facts.Supply.TryGetValue(sku, out var position) ? position : null;
                Run(stage, RuleScopeKind.Line, [.. orderInputs, Input("line", line), Input("supply", supply), Input("price", ReferenceLineFacts.Price(facts, line)), Input("skuDemand", ReferenceLineFacts.Demand(facts.Order, line))], line.LineNo, findings);
            }
        }

        var outcome = findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Outcome).DefaultIfEmpty(ReviewOutcome.ReadyToConfirm).MaxBy(o => Array.IndexOf(BySeverity, o));
        return new ExpectedDecision(outcome, stages, findings);
    }

    /// <summary>The change-eligibility findings the rule files imply for a change request.</summary>
    public IReadOnlyList<ExpectedFinding> Eligibility(OrderSnapshot current, ChangeRequest change, LocalDate today)
    {
        var findings = new List<ExpectedFinding>();
        RuleParameter[] orderInputs =
        [
            Input("order", current.Order),
            Input("customer", current.Order.Customer),
            Input("today", today),
            Input("change", change),
            Input("changed", new OrderChanges(current.Order, change)),
            Input("status", current.Status),
            Input("revision", current.Revision),
            Input("promisedDeliveryDate", current.PromisedDeliveryDate),
        ];
        Run(ReviewStage.ChangeEligibility, RuleScopeKind.Order, orderInputs, lineNo: null, findings);
        foreach (var line in change.Lines)
        {
            var existing = current.Order.Lines.FirstOrDefault(l => l.LineNo == line.LineNo);
            var shipped = current.Shipped.TryGetValue(line.LineNo, out var quantity) ? quantity : 0m;
            Run(ReviewStage.ChangeEligibility, RuleScopeKind.Line, [.. orderInputs, Input("line", line), Input("current", existing), Input("shipped", shipped)], line.LineNo, findings);
        }

        return findings;
    }

    private void Run(ReviewStage stage, RuleScopeKind scope, RuleParameter[] inputs, int? lineNo, List<ExpectedFinding> findings)
    {
        for (var file = 0; file < _files; file++)
        {
            var workflow = ReferenceRuleFiles.WorkflowName(file, stage, scope);
            if (!_workflows.Contains(workflow))
            {
                continue;
            }

            // ExecuteAllRulesAsync completes synchronously once the workflow is compiled; no context to deadlock on here.
            foreach (var result in _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult())
            {
                if (!result.IsSuccess && _rules.TryGetValue(result.Rule.RuleName, out var rule))
                {
                    findings.Add(Finding(rule, result, lineNo));
                }
            }
        }
    }

    private static ExpectedFinding Finding(ReferenceRule rule, RuleResultTree result, int? lineNo)
    {
        if (!string.IsNullOrEmpty(result.ExceptionMessage) || result.ActionResult?.Exception is not null)
        {
            return new ExpectedFinding(rule.Name, rule.Stage, rule.Department, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.InvestigateSystemError, lineNo, FindingKind.EvaluationError, null, [new("error", null)], result.ExceptionMessage is { Length: > 0 } error ? error : result.ActionResult!.Exception!.Message);
        }

        var computed = rule.Values.Count == 0 ? [] : (object?[])result.ActionResult!.Output;
        var values = rule.Values.Select((v, i) => new KeyValuePair<string, object?>(v.Key, Materialise(computed[i]))).ToList();
        if (rule.Scope == RuleScopeKind.Line && !values.Exists(v => v.Key == "lineNo"))
        {
            values.Add(new("lineNo", lineNo));
        }

        return new ExpectedFinding(rule.Name, rule.Stage, rule.Department, rule.Severity, rule.Outcome, rule.Action, lineNo, FindingKind.RuleFailed, ReferenceMessage.Render(rule.Message, values), values);
    }

    /// <summary>
    /// An input typed as the README documents it. RulesEngine's public <c>RuleParameter.Create</c> types an input by
    /// its value, so a present <c>promisedDeliveryDate</c> would be a <see cref="LocalDate"/> and
    /// <c>promisedDeliveryDate == null</c> would not parse; its own constructor that takes the declared type is
    /// internal, so it is called by reflection.
    /// </summary>
    private static RuleParameter Input<T>(string name, T value) => (RuleParameter)TypedParameter.Invoke([name, typeof(T), value]);

    private static readonly System.Reflection.ConstructorInfo TypedParameter =
        typeof(RuleParameter).GetConstructor(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, [typeof(string), typeof(Type), typeof(object)])
        ?? throw new InvalidOperationException("RulesEngine's RuleParameter(string, Type, object) constructor is gone; the reference cannot type its inputs.");

    private static object? Materialise(object? value) => value is IEnumerable items and not string ? items.Cast<object?>().ToList() : value;
}
