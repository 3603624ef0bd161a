using NodaTime.Text;
using OrderConfirmation.Review;

namespace OrderConfirmation.Cli;

/// <summary>Writes a decision as readable text for analysts.</summary>
internal static class DecisionTextWriter
{
    public static void Write(TextWriter output, string file, ReviewDecision decision)
    {
        output.WriteLine($"{file}");
        output.WriteLine($"  order {decision.OrderId ?? "(no order number)"}: {decision.Outcome}");
        output.WriteLine($"  stages run: {string.Join(", ", decision.StagesRun)}");
        if (decision.Findings.Count == 0)
        {
            output.WriteLine("  no findings");
        }

        foreach (var finding in decision.Findings)
        {
            var effect = finding.IsBlocking ? $"{finding.Outcome}, {finding.Action}" : finding.Action.ToString();
            output.WriteLine($"  - {finding.Severity,-7} {finding.Department,-17} {finding.Rule}: {finding.Message} [{effect}]");
        }

        output.WriteLine($"  rules {decision.RuleSetVersion}, evaluated at {InstantPattern.ExtendedIso.Format(decision.EvaluatedAt)}");
        output.WriteLine();
    }
}
