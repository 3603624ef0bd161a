using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>rules/technical.json by hand: the technical feasibility assessment by Technical (article 4.2).</summary>
internal static class TechnicalChecks
{
    public static void Run(Order order, IReadOnlySet<string> capabilities, List<ReviewFinding> findings)
    {
        var lines = order.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var requirements = line.Requirements;
            List<string>? unsupported = null;
            for (var r = 0; r < requirements.Count; r++)
            {
                if (!capabilities.Contains(requirements[r]))
                {
                    (unsupported ??= []).Add(requirements[r]);
                }
            }

            if (unsupported is not null)
            {
                findings.Add(new ReviewFinding(
                    "RequirementsSupported",
                    ReviewStage.TechnicalFeasibility,
                    Department.Technical,
                    FindingSeverity.Error,
                    ReviewOutcome.NeedsClarification,
                    ReviewAction.ProposeTechnicalSolution,
                    string.Create(CultureInfo.InvariantCulture, $"Line {line.LineNo} ({line.Sku}) requires {string.Join(", ", unsupported)}, which the company does not support today; Technical to propose a solution or agree an adjusted requirement with the customer."),
                    new OrderedDictionary<string, object?>(3, StringComparer.Ordinal) { ["sku"] = line.Sku, ["unsupported"] = unsupported, ["lineNo"] = line.LineNo },
                    line.LineNo));
            }
        }
    }
}
