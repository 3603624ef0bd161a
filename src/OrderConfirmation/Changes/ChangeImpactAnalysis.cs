using OrderConfirmation.Findings;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Changes;

/// <summary>
/// Works out a change's impact: findings new and resolved (a finding is the same when rule and line match),
/// and the departments concerned. A changed field concerns its owner: dates, addresses and quantities concern
/// Product (stock, capacity, logistics); prices, amounts, products, payment terms and currency concern Finance;
/// special and line requirements concern Technical.
/// </summary>
internal static class ChangeImpactAnalysis
{
    public static ChangeImpact Analyse(OrderChanges changes, Order changedOrder, ReviewDecision before, ReviewDecision after, IReadOnlyList<Department> approvals, bool feasible)
    {
        var beforeKeys = before.Findings.Select(Key).ToHashSet();
        var afterKeys = after.Findings.Select(Key).ToHashSet();
        var newFindings = after.Findings.Where(f => !beforeKeys.Contains(Key(f))).ToArray();
        var resolved = before.Findings.Where(f => !afterKeys.Contains(Key(f))).ToArray();
        var notify = new SortedSet<Department>(approvals);
        notify.UnionWith(newFindings.Select(f => f.Department));
        notify.UnionWith(resolved.Select(f => f.Department));
        if (changes.DeliveryDate || changes.DeliveryAddress || changes.Quantities || changes.Products || changes.LinesAdded || changes.LinesRemoved)
        {
            notify.Add(Department.Product);
        }

        if (changes.PaymentTerms || changes.Currency || changes.UnitPrices || changes.Quantities || changes.Products || changes.LinesAdded || changes.LinesRemoved)
        {
            notify.Add(Department.Finance);
        }

        var fields = changes.Fields.ToHashSet(StringComparer.Ordinal);
        if (changes.SpecialRequirements || changes.LineRequirements || changedOrder.Lines.Any(l => l.Requirements.Count > 0 && fields.Contains($"lines[{l.LineNo}].added")))
        {
            notify.Add(Department.Technical);
        }

        if (!feasible)
        {
            notify.Add(Department.Sales);
        }

        return new ChangeImpact(changes.Fields, newFindings, resolved, [.. notify]);
    }

    private static (string Rule, int? LineNo) Key(ReviewFinding finding) => (finding.Rule, finding.LineNo);
}
