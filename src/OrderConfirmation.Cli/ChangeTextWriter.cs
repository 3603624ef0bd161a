using OrderConfirmation.Changes;
using OrderConfirmation.Findings;

namespace OrderConfirmation.Cli;

/// <summary>Writes a change evaluation as readable text for analysts.</summary>
internal static class ChangeTextWriter
{
    public static void Write(TextWriter output, string file, ChangeEvaluation evaluation)
    {
        output.WriteLine(file);
        var verdict = evaluation.Feasible
            ? $"feasible, as revision {evaluation.Revision!.Number}"
            : evaluation.Eligible ? "not feasible" : "not eligible";
        output.WriteLine($"  order {evaluation.OrderId ?? "(no order number)"}, change {evaluation.ChangeId}: {verdict}");
        output.WriteLine($"  changes: {Join(evaluation.Impact.ChangedFields, "nothing")}");
        Findings(output, "eligibility", evaluation.Eligibility);
        if (evaluation.RequiredApprovals.Count > 0)
        {
            output.WriteLine($"  approval required from: {string.Join(", ", evaluation.RequiredApprovals)}");
        }

        if (evaluation.Review is { } review)
        {
            output.WriteLine($"  re-review: {review.Outcome} (stages {string.Join(", ", review.StagesRun)})");
            Findings(output, "new findings", evaluation.Impact.NewFindings);
            Findings(output, "resolved findings", evaluation.Impact.ResolvedFindings);
        }

        output.WriteLine($"  notify: {Join(evaluation.Impact.Notify.Select(d => d.ToString()), "nobody")}");
        output.WriteLine();
    }

    private static void Findings(TextWriter output, string title, IReadOnlyList<ReviewFinding> findings)
    {
        if (findings.Count == 0)
        {
            output.WriteLine($"  {title}: none");
            return;
        }

        output.WriteLine($"  {title}:");
        foreach (var finding in findings)
        {
            output.WriteLine($"  - {finding.Severity,-7} {finding.Department,-17} {finding.Rule}: {finding.Message} [{finding.Action}]");
        }
    }

    private static string Join(IEnumerable<string> items, string none) =>
        string.Join(", ", items) is { Length: > 0 } text ? text : none;
}
