using NodaTime.Text;
using OrderConfirmation.Findings;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Reports;

/// <summary>
/// The rule catalogue: every stage and rule of a rule set in business words, for analysts to send to the departments
/// for sign-off. One self-contained HTML page: the rule set's version and effective date, a table of contents, then per
/// stage (the regulation's stages, also those with no rule, then a host's own) and per department each rule with its
/// severity, the outcome a failure implies, the action, the message template, the parameters it reads with their values,
/// and the test cases that exercise it (fired / held); a sign-off table per department at the end.
/// </summary>
public static class RuleCatalogueHtmlReport
{
    private const string Style = """
        nav.contents ol { padding-left: 22px; margin: 4px 0 12px; } nav.contents li { margin: 3px 0; }
        nav.contents ul { padding-left: 18px; margin: 2px 0; list-style: none; } nav.contents .rules { color: var(--muted); font-size: 13px; }
        article.rule { border: 1px solid var(--rule); border-radius: 6px; padding: 6px 14px 2px; margin: 10px 0 14px; break-inside: avoid; }
        article.rule h4 { margin: 4px 0 6px; font-size: 16px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr max-content 1fr; gap: 2px 16px; margin: 0 0 8px; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        dl.facts dt.message { grid-column: 1; } dl.facts dd.message { grid-column: 2 / -1; }
        blockquote.message { margin: 0; padding: 3px 8px; background: var(--band); border-left: 3px solid var(--accent); }
        p.coverage { margin: 4px 0 8px; } details { margin: 0 0 8px; } summary { color: var(--accent); }
        #sign-off td { height: 44px; }
        #sign-off th:nth-child(1) { width: 22%; } #sign-off th:nth-child(2) { width: 10%; } #sign-off th:nth-child(3), #sign-off th:nth-child(4) { width: 27%; }
        @media print { article.rule { border-color: #999; } summary { color: var(--ink); } #sign-off { break-before: page; } }
        """;

    /// <summary>Writes the catalogue of <paramref name="ruleSet"/>.</summary>
    /// <param name="output">Where the page goes.</param>
    /// <param name="ruleSet">The rules.</param>
    /// <param name="tests">What the analysts' test cases showed; <see langword="null"/> when none were run (each rule then says so).</param>
    /// <param name="source">Where the rules come from, in words (such as a directory), shown under the title; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="ruleSet"/> is <see langword="null"/>.</exception>
    public static void Write(TextWriter output, RuleSet ruleSet, RuleTestEvidence? tests = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var page = new HtmlPageWriter(output);
        var stages = StagesOf(ruleSet);
        var byStage = ruleSet.Rules.ToLookup(r => r.Metadata.Stage);
        page.BeginPage("Rule catalogue", Subtitle(ruleSet, source), Style);
        WriteSummary(page, ruleSet, stages, tests);
        WriteContents(page, stages, byStage);
        foreach (var stage in stages)
        {
            WriteStage(page, stage, [.. byStage[stage]], tests);
        }

        WriteSignOff(page, ruleSet);
        page.EndPage();
    }

    /// <summary>The regulation's stages in their order, then the host's own stages that have rules.</summary>
    private static List<ReviewStage> StagesOf(RuleSet ruleSet)
    {
        var stages = StandardStages.Catalog.Select(s => s.Name).ToList();
        stages.AddRange(ruleSet.Stages.Where(s => !stages.Contains(s)));
        return stages;
    }

    private static string Subtitle(RuleSet ruleSet, string? source)
    {
        var label = ruleSet.Label is { } given ? $"Rule set {given}" : "Rule set without a version label";
        var from = ruleSet.EffectiveDate is { } date ? $"in force from {LocalDatePattern.Iso.Format(date)}" : "no effective date given";
        return source is null ? $"{label} · {from}" : $"{label} · {from} · {source}";
    }

    private static void WriteSummary(HtmlPageWriter page, RuleSet ruleSet, List<ReviewStage> stages, RuleTestEvidence? tests)
    {
        page.BeginSection("rule-set", "The rule set");
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Version label", ruleSet.Label ?? "none given" },
            new[] { "Version (content hash)", ruleSet.Version },
            new[] { "Effective date", ruleSet.EffectiveDate is { } date ? LocalDatePattern.Iso.Format(date) : "none given" },
            new[] { "Rules", ruleSet.RuleCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new[] { "Stages with rules", $"{ruleSet.Stages.Count} of {stages.Count}" },
            new[] { "Test cases", TestsInWords(tests) },
        };
        if (tests is not null)
        {
            var bothWays = ruleSet.Rules.Count(r => RuleEntryWriter.Coverage(tests, r.Name) is ( > 0, > 0));
            rows.Add(["Rules exercised both ways (fired and held)", $"{bothWays} of {ruleSet.RuleCount}"]);
        }

        page.Table("Version, effective date and test cases", ["Item", "Value"], rows);
        page.EndSection();
    }

    private static string TestsInWords(RuleTestEvidence? tests) => tests is null
        ? "no test cases were run"
        : $"{tests.Passed + tests.Failed} run: {tests.Passed} passed, {tests.Failed} failed (a failing case counts for no rule)";

    private static void WriteContents(HtmlPageWriter page, List<ReviewStage> stages, ILookup<ReviewStage, RuleInfo> byStage)
    {
        page.Raw("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        foreach (var stage in stages)
        {
            var rules = byStage[stage].ToList();
            page.Raw($"<li><a href=\"#{StageId(stage)}\">{HtmlPageWriter.Encode(NameSpelling.Of(stage))}</a> ({RuleCount(rules.Count)})");
            if (rules.Count > 0)
            {
                page.Raw("\n<ul>\n");
                foreach (var department in rules.GroupBy(r => r.Metadata.Department).OrderBy(g => g.Key))
                {
                    page.Raw($"<li><a href=\"#{DepartmentId(stage, department.Key)}\">{HtmlPageWriter.Encode(NameSpelling.Of(department.Key))}</a>: <span class=\"rules\">");
                    page.Raw(string.Join(", ", department.Select(r => $"<a href=\"#{RuleEntryWriter.Id(r.Name)}\">{HtmlPageWriter.Encode(r.Name)}</a>")));
                    page.Raw("</span></li>\n");
                }

                page.Raw("</ul>\n");
            }

            page.Raw("</li>\n");
        }

        page.Raw("<li><a href=\"#sign-off\">Sign-off</a></li>\n</ol>\n</nav>\n");
    }

    private static void WriteStage(HtmlPageWriter page, ReviewStage stage, List<RuleInfo> rules, RuleTestEvidence? tests)
    {
        page.BeginSection(StageId(stage), $"Stage: {NameSpelling.Of(stage)}");
        foreach (var (file, description) in rules.Select(r => (r.File, r.FileDescription)).Distinct().Where(d => d.FileDescription is not null))
        {
            page.Paragraph($"{Path.GetFileName(file)}: {description}", "note");
        }

        if (rules.Count == 0)
        {
            page.Paragraph("This rule set has no rule in this stage.");
        }

        foreach (var department in rules.GroupBy(r => r.Metadata.Department).OrderBy(g => g.Key))
        {
            page.Raw($"<h3 id=\"{DepartmentId(stage, department.Key)}\">{HtmlPageWriter.Encode(NameSpelling.Of(department.Key))} ({RuleCount(department.Count())})</h3>\n");
            foreach (var rule in department)
            {
                RuleEntryWriter.Write(page, rule, tests);
            }
        }

        page.EndSection();
    }

    private static void WriteSignOff(HtmlPageWriter page, RuleSet ruleSet)
    {
        page.BeginSection("sign-off", "Sign-off");
        page.Paragraph("Each department signs that its rules above say what it means: name, signature and date.");
        var rows = ruleSet.Rules.GroupBy(r => r.Metadata.Department).OrderBy(g => g.Key)
            .Select(g => new[] { NameSpelling.Of(g.Key), RuleCount(g.Count()), string.Empty, string.Empty, string.Empty });
        page.Table("Sign-off by department", ["Department", "Rules", "Name", "Signature", "Date"], rows);
        page.EndSection();
    }

    private static string RuleCount(int count) => count == 1 ? "1 rule" : $"{count} rules";

    private static string StageId(ReviewStage stage) => $"stage-{stage.Name}";

    private static string DepartmentId(ReviewStage stage, Department department) => $"stage-{stage.Name}-{department}";
}
