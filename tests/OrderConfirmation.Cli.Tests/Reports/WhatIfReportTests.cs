using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests.Reports;

/// <summary>
/// <c>orderconfirm whatif --html</c>: the matrix and the changed orders are compared with the command's own text output
/// and with <c>orderconfirm review --json</c> of the same requests under each rule set.
/// </summary>
public sealed partial class WhatIfReportTests : IDisposable
{
    private static readonly string[] Outcomes = ["ReadyToConfirm", "NeedsClarification", "OnHold", "Rejected"];

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-whatif-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>The shipped rules with a grace period of 60 days instead of 30, no bad-debt rule, and the message of CustomerNotBlocked reworded.</summary>
    private string Candidate() => CliRun.CopyOfDefaultRules(Path.Combine(_temp, "candidate"), (file, text) => file == "credit.json"
        ? text.Replace("{ \"Name\": \"overdueGraceDays\", \"Expression\": \"30\" }", "{ \"Name\": \"overdueGraceDays\", \"Expression\": \"60\" }", StringComparison.Ordinal)
            .Replace("Finance has blocked {customer}; the order cannot be accepted.", "财务部已冻结 {customer}（李娜）; the order cannot be accepted.", StringComparison.Ordinal)
            .Replace("\"RuleName\": \"NoBadDebtRecords\",", "\"RuleName\": \"NoBadDebtRecords\", \"Enabled\": false,", StringComparison.Ordinal)
        : text);

    private (string Text, IDocument Page) WhatIf(string candidate)
    {
        var file = Path.Combine(_temp, "whatif.html");
        var (exitCode, output, error) = CliRun.Run("whatif", "--baseline", DefaultRules.RulesDirectory, "--candidate", candidate, RequestJson.SamplesDirectory, "--html", file);
        Assert.True(exitCode == 0, error);
        return (output, HtmlReport.Parse(File.ReadAllText(file)));
    }

    private static Dictionary<string, string> OutcomesOf(string rulesDirectory)
    {
        var (_, output, _) = CliRun.Run("review", "--rules", rulesDirectory, "--json", RequestJson.SamplesDirectory);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(d => d.GetProperty("orderId").GetString()!, d => d.GetProperty("outcome").GetString()!);
    }

    /// <summary>The matrix as [baseline outcome][candidate outcome] → orders, read from the page.</summary>
    private static Dictionary<(string Baseline, string Candidate), int> Matrix(IDocument page)
    {
        var table = HtmlReport.Table(page, "Orders by baseline outcome (rows) and candidate outcome (columns)");
        var columns = table.QuerySelectorAll("thead th").Skip(1).Select(th => HtmlReport.Squeezed(th.TextContent.Trim())).ToList();
        var cells = new Dictionary<(string, string), int>();
        foreach (var row in HtmlReport.Rows(table))
        {
            for (var i = 1; i < row.Length; i++)
            {
                cells[(HtmlReport.Squeezed(row[0]), columns[i - 1])] = HtmlReport.Number(row[i]);
            }
        }

        return cells;
    }

    [Fact]
    public void WhatIfHtml_Matrix_EqualsTheReviewsUnderEachRuleSet()
    {
        var candidate = Candidate();
        var (_, page) = WhatIf(candidate);
        var before = OutcomesOf(DefaultRules.RulesDirectory);
        var after = OutcomesOf(candidate);

        var matrix = Matrix(page);
        foreach (var from in Outcomes)
        {
            foreach (var to in Outcomes)
            {
                Assert.True(before.Count(o => o.Value == from && after[o.Key] == to) == matrix[(from, to)], $"{from} → {to}");
            }

            Assert.Equal(before.Count(o => o.Value == from), matrix[(from, "Total")]);
            Assert.Equal(after.Count(o => o.Value == from), matrix[("Total", from)]);
        }

        Assert.Equal(before.Count, matrix[("Total", "Total")]);
        Assert.All(page.QuerySelectorAll("table.matrix td.kept"), td => Assert.Contains("kept", td.TextContent, StringComparison.Ordinal));
        HtmlReport.AssertSelfContained(page);
    }

    [Fact]
    public void WhatIfHtml_FiguresAndTransitions_EqualTheTextOutput()
    {
        var (text, page) = WhatIf(Candidate());

        var transitions = Transition().Matches(text).Select(m => (m.Groups["from"].Value, m.Groups["to"].Value, HtmlReport.Number(m.Groups["orders"].Value))).ToList();
        Assert.NotEmpty(transitions);
        var rows = HtmlReport.Rows(HtmlReport.Table(page, "Outcome transitions, most frequent first"));
        Assert.Equal(transitions, rows.Select(r => (HtmlReport.Squeezed(r[0]), HtmlReport.Squeezed(r[1]), HtmlReport.Number(r[2]))));
        var matrix = Matrix(page);
        Assert.All(transitions, t => Assert.Equal(t.Item3, matrix[(t.Item1, t.Item2)]));

        var summary = HtmlReport.Rows(HtmlReport.Table(page, "What changes")).ToDictionary(r => r[0], r => HtmlReport.Number(r[1]));
        var changes = Changes().Match(text);
        Assert.Equal(HtmlReport.Number(changes.Groups["changed"].Value), summary["Change (outcome or findings)"]);
        Assert.Equal(HtmlReport.Number(changes.Groups["reviewed"].Value), summary["Reviewed under both rule sets"]);
        var findingsOnly = FindingsOnly().Match(text);
        Assert.Equal(findingsOnly.Success ? HtmlReport.Number(findingsOnly.Groups["orders"].Value) : 0, summary["Same outcome, different findings"]);
    }

    [Fact]
    public void WhatIfHtml_EachChangedOrder_HasTheNewResolvedAndChangedFindingsOfTheTextOutput()
    {
        var (text, page) = WhatIf(Candidate());

        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(b => b.Split('\n')).Where(b => OrderLine().IsMatch(b[0])).ToList();
        var headings = page.QuerySelectorAll("#orders h3").ToList();
        Assert.Equal(blocks.Count, headings.Count);
        foreach (var (block, heading) in blocks.Zip(headings))
        {
            var order = OrderLine().Match(block[0]);
            Assert.StartsWith($"{order.Groups["file"].Value}: order {order.Groups["order"].Value}: ", heading.TextContent, StringComparison.Ordinal);
            var table = heading.NextElementSibling!;
            var rows = HtmlReport.Rows(table);
            Assert.Equal(block.Count(l => l.StartsWith("  + now ", StringComparison.Ordinal)), rows.Count(r => r[0] == "New"));
            Assert.Equal(block.Count(l => l.StartsWith("  - no longer ", StringComparison.Ordinal)), rows.Count(r => r[0] == "Resolved"));
            Assert.Equal(block.Count(l => l.StartsWith("  ~ ", StringComparison.Ordinal)), rows.Count(r => r[0].StartsWith("Changed", StringComparison.Ordinal)));
            foreach (var line in block.Skip(1))
            {
                var finding = FindingLine().Match(line);
                Assert.Contains(rows, r => r[1] == finding.Groups["rule"].Value && (r[4].EndsWith(finding.Groups["message"].Value, StringComparison.Ordinal) || r[3].EndsWith(finding.Groups["message"].Value, StringComparison.Ordinal)));
            }
        }

        // The reworded message is a changed finding of the blocked customer's order, shown as written.
        var blocked = Assert.Single(headings, h => h.TextContent.Contains("SO-1011", StringComparison.Ordinal));
        var changed = Assert.Single(HtmlReport.Rows(blocked.NextElementSibling!), r => r[0].StartsWith("Changed", StringComparison.Ordinal));
        Assert.Equal("Changed (message)", changed[0]);
        Assert.Equal("CustomerNotBlocked", changed[1]);
        Assert.Contains("李娜", changed[4], StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfHtml_SameRules_NoChangeAndEveryOrderOnTheDiagonal()
    {
        var (text, page) = WhatIf(DefaultRules.RulesDirectory);

        Assert.EndsWith("0 of 20 orders change", text.Trim(), StringComparison.Ordinal);
        Assert.Contains("No order changes", page.GetElementById("orders")!.TextContent, StringComparison.Ordinal);
        var matrix = Matrix(page);
        Assert.Equal(20, Outcomes.Sum(o => matrix[(o, o)]));
        Assert.Equal(0, Outcomes.Sum(from => Outcomes.Where(to => to != from).Sum(to => matrix[(from, to)])));
    }

    [Fact]
    public void WhatIf_WithoutHtml_WritesTheSameTextAsBefore()
    {
        var candidate = Candidate();
        var (_, withHtml) = WhatIf(candidate);
        var (exitCode, text, _) = CliRun.Run("whatif", "--baseline", DefaultRules.RulesDirectory, "--candidate", candidate, RequestJson.SamplesDirectory);

        Assert.Equal(0, exitCode);
        Assert.Equal(withHtml.QuerySelectorAll("#orders h3").Length, text.Split('\n').Count(l => OrderLine().IsMatch(l)));
        Assert.DoesNotContain("<html", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?m)^(?<from>\w+) → (?<to>\w+): (?<orders>\d+) of \d+ orders$")]
    private static partial Regex Transition();

    [GeneratedRegex(@"(?m)^(?<changed>\d+) of (?<reviewed>\d+) orders change$")]
    private static partial Regex Changes();

    [GeneratedRegex(@"(?m)^same outcome, different findings: (?<orders>\d+) of \d+ orders$")]
    private static partial Regex FindingsOnly();

    [GeneratedRegex(@"^(?<file>.+): order (?<order>\S+): \w+ → \w+$")]
    private static partial Regex OrderLine();

    [GeneratedRegex(@"^  [-+~] (now |no longer )?(?<rule>\w+)( \(line \d+\))?( \[[^\]]*\])?: (?<message>.*)$")]
    private static partial Regex FindingLine();
}
