using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Reports;

namespace OrderConfirmation.Testing.RuleTesting;

/// <summary>
/// The what-if report as one self-contained HTML page: the figures of the tool's text output, the outcome transition
/// matrix (baseline outcome × candidate outcome over every reviewed order, the diagonal being the orders that keep their
/// outcome), and each changed order with its findings that are new, resolved or changed.
/// </summary>
public static class WhatIfHtmlReport
{
    private const string Style = """
        table.matrix { width: auto; min-width: 60%; }
        table.matrix td.kept { background: var(--band); font-weight: 600; }
        table.matrix td.zero { color: var(--muted); }
        table.matrix td.moved { font-weight: 700; color: var(--accent); }
        span.tag { font-weight: 400; font-size: 12px; color: var(--muted); }
        """;

    private static readonly ReviewOutcome[] Outcomes = Enum.GetValues<ReviewOutcome>();

    /// <summary>Writes the page.</summary>
    /// <param name="output">Where the page goes.</param>
    /// <param name="report">The comparison.</param>
    /// <param name="sources">Where each request came from (such as its file), in input order, to name the changed orders by; <see langword="null"/> to name them by position.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="report"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, WhatIfReport report, IReadOnlyList<string>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var page = new HtmlPageWriter(output);
        page.BeginPage("What-if: the impact of a rule change", $"Baseline {report.BaselineVersion} · candidate {report.CandidateVersion} · {report.Reviewed} orders reviewed under both", Style);
        WriteSummary(page, report);
        WriteMatrix(page, report);
        WriteChanges(page, report, sources);
        page.EndPage();
    }

    private static void WriteSummary(HtmlPageWriter page, WhatIfReport report)
    {
        page.BeginSection("summary", "Summary");
        var outcomeChanged = report.Changes.Count(c => c.OutcomeChanged);
        page.Table(
            "What changes",
            ["Orders", "Count", "Share of reviewed"],
            [
                ["Reviewed under both rule sets", Number(report.Reviewed), Share(report.Reviewed, report.Reviewed)],
                ["Change (outcome or findings)", Number(report.Changes.Count), Share(report.Changes.Count, report.Reviewed)],
                ["Outcome changes", Number(outcomeChanged), Share(outcomeChanged, report.Reviewed)],
                ["Same outcome, different findings", Number(report.FindingsOnly), Share(report.FindingsOnly, report.Reviewed)],
                ["Unchanged", Number(report.Reviewed - report.Changes.Count), Share(report.Reviewed - report.Changes.Count, report.Reviewed)],
            ],
            numericColumns: new HashSet<int> { 1, 2 });
        if (report.Transitions.Count == 0)
        {
            page.Paragraph("No order changes its outcome.");
        }
        else
        {
            page.Table(
                "Outcome transitions, most frequent first",
                ["From (baseline)", "To (candidate)", "Orders"],
                report.Transitions.Select(t => new[] { NameSpelling.Of(t.From), NameSpelling.Of(t.To), Number(t.Orders) }),
                numericColumns: new HashSet<int> { 2 });
        }

        page.EndSection();
    }

    private static void WriteMatrix(HtmlPageWriter page, WhatIfReport report)
    {
        page.BeginSection("matrix", "Outcome transition matrix");
        page.Paragraph("Every reviewed order counted once: its row is its outcome under the baseline rules, its column its outcome under the candidate rules. The shaded diagonal, marked \u201Ckept\u201D, counts the orders that keep their outcome.", "note");
        page.Raw("<table class=\"matrix\">\n<caption>Orders by baseline outcome (rows) and candidate outcome (columns)</caption>\n<thead><tr><th scope=\"col\">Baseline \u2193 \u00B7 candidate \u2192</th>");
        foreach (var outcome in Outcomes)
        {
            page.Raw($"<th scope=\"col\" class=\"num\">{HtmlPageWriter.Encode(NameSpelling.Of(outcome))}</th>");
        }

        page.Raw("<th scope=\"col\" class=\"num\">Total</th></tr></thead>\n<tbody>\n");
        foreach (var baseline in Outcomes)
        {
            page.Raw($"<tr><th scope=\"row\">{HtmlPageWriter.Encode(NameSpelling.Of(baseline))}</th>");
            foreach (var candidate in Outcomes)
            {
                var orders = report.Orders(baseline, candidate);
                var (css, tag) = baseline == candidate ? ("num kept", " <span class=\"tag\">kept</span>") : orders == 0 ? ("num zero", string.Empty) : ("num moved", " <span class=\"tag\">moved</span>");
                page.Raw($"<td class=\"{css}\">{Number(orders)}{tag}</td>");
            }

            page.Raw($"<td class=\"num\">{Number(Outcomes.Sum(c => report.Orders(baseline, c)))}</td></tr>\n");
        }

        page.Raw("<tr><th scope=\"row\">Total</th>");
        foreach (var candidate in Outcomes)
        {
            page.Raw($"<td class=\"num\">{Number(Outcomes.Sum(b => report.Orders(b, candidate)))}</td>");
        }

        page.Raw($"<td class=\"num\">{Number(report.BaselineOutcomes.Count)}</td></tr>\n</tbody>\n</table>\n");
        page.EndSection();
    }

    private static void WriteChanges(HtmlPageWriter page, WhatIfReport report, IReadOnlyList<string>? sources)
    {
        page.BeginSection("orders", "Changed orders");
        if (report.Changes.Count == 0)
        {
            page.Paragraph("No order changes: the candidate rules decide every order as the baseline rules do.");
        }

        foreach (var change in report.Changes)
        {
            var source = sources is not null && change.Index < sources.Count ? sources[change.Index] : $"request {change.Index + 1}";
            var outcome = change.OutcomeChanged
                ? $"{NameSpelling.Of(change.Baseline.Outcome)} \u2192 {NameSpelling.Of(change.Candidate.Outcome)}"
                : $"{NameSpelling.Of(change.Candidate.Outcome)}, outcome kept";
            page.Raw($"<h3 id=\"order-{change.Index}\">");
            page.Text($"{source}: order {change.OrderId ?? "(no order number)"}: {outcome}");
            page.Raw("</h3>\n");
            var rows = change.NewFindings.Select(f => Row("New", f, null, f))
                .Concat(change.ResolvedFindings.Select(f => Row("Resolved", f, f, null)))
                .Concat(change.ChangedFindings.Select(p => Row($"Changed ({Differences(p.Baseline, p.Candidate)})", p.Candidate, p.Baseline, p.Candidate)));
            page.Table($"Findings of order {change.OrderId ?? "(no order number)"} that change", ["Change", "Rule", "Line", "Baseline", "Candidate"], rows);
        }

        page.EndSection();
    }

    private static IReadOnlyList<string> Row(string change, ReviewFinding finding, ReviewFinding? baseline, ReviewFinding? candidate) =>
        [change, finding.Rule, finding.LineNo is { } line ? Number(line) : string.Empty, Described(baseline), Described(candidate)];

    private static string Described(ReviewFinding? finding) => finding is null
        ? "\u2014 (no finding)"
        : $"{finding.Severity}{(finding.IsBlocking ? $", {NameSpelling.Of(finding.Outcome)}" : string.Empty)}, {NameSpelling.Of(finding.Action)}: {finding.Message}";

    /// <summary>What differs between two findings of the same rule and line, in words: "message", "severity, outcome", …</summary>
    private static string Differences(ReviewFinding baseline, ReviewFinding candidate) => string.Join(", ", new[]
    {
        baseline.Severity != candidate.Severity ? "severity" : null,
        baseline.Outcome != candidate.Outcome ? "outcome" : null,
        baseline.Action != candidate.Action ? "action" : null,
        !string.Equals(baseline.Message, candidate.Message, StringComparison.Ordinal) ? "message" : null,
    }.OfType<string>());

    private static string Share(int orders, int reviewed) =>
        reviewed == 0 ? "\u2014" : string.Create(CultureInfo.InvariantCulture, $"{orders * 100m / reviewed:0.#} %");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
