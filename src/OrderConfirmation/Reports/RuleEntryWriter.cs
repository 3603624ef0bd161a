using OrderConfirmation.Findings;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Reports;

/// <summary>
/// One rule of the rule catalogue, in business words: what a failure means (department, severity, outcome, action),
/// what it applies to, its message template, the parameters it reads with their values, and the test cases that
/// exercise it. Writes its own small markup (an article with a definition list) through the page's encoder.
/// </summary>
internal static class RuleEntryWriter
{
    /// <summary>The element id of a rule's entry (rule names are identifiers, so the id needs no escaping).</summary>
    public static string Id(string rule) => $"rule-{rule}";

    /// <summary>In how many passing cases the rule fired and in how many it held.</summary>
    public static (int Fired, int Held) Coverage(RuleTestEvidence tests, string rule)
    {
        var fired = 0;
        var held = 0;
        foreach (var exercise in tests.Exercises)
        {
            if (string.Equals(exercise.Rule, rule, StringComparison.Ordinal))
            {
                fired += exercise.Fired ? 1 : 0;
                held += exercise.Held ? 1 : 0;
            }
        }

        return (fired, held);
    }

    public static void Write(HtmlPageWriter page, RuleInfo rule, RuleTestEvidence? tests)
    {
        var metadata = rule.Metadata;
        page.Raw($"<article class=\"rule\" id=\"{Id(rule.Name)}\">\n<h4>");
        page.Text(rule.Name);
        page.Raw("</h4>\n");
        if (rule.Description is { } description)
        {
            page.Paragraph(description);
        }

        page.Raw("<dl class=\"facts\">\n");
        Fact(page, "Department", NameSpelling.Of(metadata.Department));
        Fact(page, "Severity", metadata.Severity.ToString());
        Fact(page, "Outcome", metadata.Severity == FindingSeverity.Error
            ? NameSpelling.Of(metadata.Outcome)
            : $"unchanged ({(metadata.Severity == FindingSeverity.Warning ? "a warning" : "information")} never changes the outcome)");
        Fact(page, "Action", NameSpelling.Of(metadata.Action));
        Fact(page, "Applies to", metadata.Scope == RuleScopeKind.Line ? "each order line" : "the order");
        Fact(page, "File", Path.GetFileName(rule.File));
        page.Raw("<dt class=\"message\">Message</dt><dd class=\"message\"><blockquote class=\"message\">");
        page.Text(rule.MessageTemplate);
        page.Raw("</blockquote></dd>\n</dl>\n");
        WriteParameters(page, rule);
        WriteTests(page, rule, tests);
        page.Raw("</article>\n");
    }

    private static void Fact(HtmlPageWriter page, string term, string value)
    {
        page.Raw("<dt>");
        page.Text(term);
        page.Raw("</dt><dd>");
        page.Text(value);
        page.Raw("</dd>\n");
    }

    private static void WriteParameters(HtmlPageWriter page, RuleInfo rule)
    {
        if (rule.Parameters.Count == 0)
        {
            page.Paragraph("It reads no parameter.");
            return;
        }

        page.Table(
            $"Parameters {rule.Name} reads",
            ["Parameter", "Value", "Kind"],
            rule.Parameters.Select(p => new[] { p.Name, p.Expression, p.IsThreshold ? "threshold (a fixed value)" : "computed from the order" }));
    }

    private static void WriteTests(HtmlPageWriter page, RuleInfo rule, RuleTestEvidence? tests)
    {
        if (tests is null)
        {
            page.Paragraph("Test cases: no test cases were run.", "coverage");
            return;
        }

        var cases = tests.Exercises.Where(e => string.Equals(e.Rule, rule.Name, StringComparison.Ordinal)).ToList();
        var (fired, held) = Coverage(tests, rule.Name);
        var gap = (fired, held) switch
        {
            (0, 0) => " No passing test case exercises this rule.",
            (0, _) => " Never fired: no test case shows it finding a problem.",
            (_, 0) => " Never held: no test case shows it passing.",
            _ => string.Empty,
        };
        page.Paragraph($"Test cases: fired in {fired}, held in {held}.{gap}", "coverage");
        if (cases.Count == 0)
        {
            return;
        }

        page.Raw($"<details>\n<summary>The {(cases.Count == 1 ? "test case" : $"{cases.Count} test cases")} that exercise {HtmlPageWriter.Encode(rule.Name)}</summary>\n");
        page.Table(
            $"Test cases exercising {rule.Name}",
            ["Test case", "Fired", "Held"],
            cases.Select(c => new[] { c.TestCase, c.Fired ? "fired" : "no", c.Held ? "held" : "no" }));
        page.Raw("</details>\n");
    }
}
