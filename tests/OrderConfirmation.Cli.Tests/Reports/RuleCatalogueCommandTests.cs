using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using OrderConfirmation.Stages;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Cli.Tests.Reports;

/// <summary>
/// <c>orderconfirm rules --html</c>: every figure and name of the catalogue is compared with the rule files themselves
/// (read here as JSON) and with <c>orderconfirm test --coverage</c> for the same rules and cases.
/// </summary>
public sealed partial class RuleCatalogueCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("oc-catalogue-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string ShippedTests => Path.Combine(DefaultRules.RulesDirectory, "tests");

    private (int ExitCode, IDocument Page, string Html, string Output) Catalogue(string? rulesDirectory)
    {
        var file = Path.Combine(_temp, $"catalogue-{Guid.NewGuid():N}.html");
        string[] args = rulesDirectory is null ? ["rules", "--html", file] : ["rules", "--rules", rulesDirectory, "--html", file];
        var (exitCode, output, error) = CliRun.Run(args);
        Assert.True(exitCode == 0, error);
        var html = File.ReadAllText(file);
        return (exitCode, HtmlReport.Parse(html), html, output);
    }

    /// <summary>A copy of the shipped rules with the shipped test cases (or only those named).</summary>
    private string RulesWithTests(string name, Func<string, string, string?>? edit = null, params string[] cases)
    {
        var directory = CliRun.CopyOfDefaultRules(Path.Combine(_temp, name), edit);
        var tests = Directory.CreateDirectory(Path.Combine(directory, "tests")).FullName;
        foreach (var file in Directory.GetFiles(ShippedTests, "*.json").Where(f => cases.Length == 0 || cases.Contains(Path.GetFileName(f))))
        {
            File.Copy(file, Path.Combine(tests, Path.GetFileName(file)));
        }

        return directory;
    }

    private static IEnumerable<JsonElement> RuleFiles(string directory) =>
        Directory.GetFiles(directory, "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }).RootElement)
            .Where(r => r.TryGetProperty("Rules", out _) && r.TryGetProperty("WorkflowName", out _));

    private static IEnumerable<(JsonElement File, JsonElement Rule)> EnabledRules(string directory) =>
        RuleFiles(directory).SelectMany(f => f.GetProperty("Rules").EnumerateArray()
            .Where(r => !r.TryGetProperty("Enabled", out var enabled) || enabled.GetBoolean())
            .Select(r => (f, r)));

    private static Dictionary<string, string> Facts(IElement article) =>
        article.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());

    private static IElement Article(IDocument page, string rule) => page.GetElementById($"rule-{rule}") ?? throw new Xunit.Sdk.XunitException($"no entry for {rule}");

    [Fact]
    public void Rules_WithoutHtml_IsAUsageError() =>
        Assert.Equal(1, CliRun.Run("rules", "--rules", DefaultRules.RulesDirectory).ExitCode);

    [Fact]
    public void Rules_ShippedRules_EveryEnabledRuleWithTheMetadataOfItsFile()
    {
        var directory = RulesWithTests("shipped");
        var (_, page, _, output) = Catalogue(directory);

        var rules = EnabledRules(directory).ToList();
        Assert.Equal(rules.Count, page.QuerySelectorAll("article.rule").Length);
        Assert.Contains($"the catalogue of {rules.Count} rules", output, StringComparison.Ordinal);
        foreach (var (_, rule) in rules)
        {
            var name = rule.GetProperty("RuleName").GetString()!;
            var properties = rule.GetProperty("Properties");
            var facts = Facts(Article(page, name));
            Assert.Equal(properties.GetProperty("Department").GetString(), HtmlReport.Squeezed(facts["Department"]));
            Assert.Equal(properties.GetProperty("Severity").GetString(), facts["Severity"]);
            Assert.Equal(properties.GetProperty("Action").GetString(), HtmlReport.Squeezed(facts["Action"]));
            if (properties.GetProperty("Severity").GetString() == "Error")
            {
                Assert.Equal(properties.GetProperty("Outcome").GetString(), HtmlReport.Squeezed(facts["Outcome"]));
            }
            else
            {
                Assert.StartsWith("unchanged", facts["Outcome"], StringComparison.Ordinal);
            }

            var scope = properties.TryGetProperty("Scope", out var s) ? s.GetString() : "Order";
            Assert.Equal(scope == "Line" ? "each order line" : "the order", facts["Applies to"]);
            Assert.Equal(rule.GetProperty("ErrorMessage").GetString(), Article(page, name).QuerySelector("blockquote.message")!.TextContent);
        }

        HtmlReport.AssertSelfContained(page);
    }

    [Fact]
    public void Rules_ShippedRules_GroupsByStageInTheCatalogOrderThenByDepartment()
    {
        var directory = RulesWithTests("grouped");
        var (_, page, _, _) = Catalogue(directory);

        var stageIds = page.QuerySelectorAll("main > section[id^='stage-']").Select(s => s.Id).ToList();
        Assert.Equal(StandardStages.Catalog.Select(s => $"stage-{s.Name.Name}"), stageIds);
        foreach (var (_, rule) in EnabledRules(directory))
        {
            var properties = rule.GetProperty("Properties");
            var article = Article(page, rule.GetProperty("RuleName").GetString()!);
            Assert.Equal($"stage-{properties.GetProperty("Stage").GetString()}", article.Closest("section")!.Id);
            var heading = article.PreviousElementSibling;
            while (heading!.LocalName != "h3")
            {
                heading = heading.PreviousElementSibling;
            }

            Assert.Equal($"stage-{properties.GetProperty("Stage").GetString()}-{properties.GetProperty("Department").GetString()}", heading.Id);
        }

        // The table of contents links every stage, department and rule, and nothing outside the page.
        var links = page.QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href[1..])));
        Assert.All(page.QuerySelectorAll("article.rule"), a => Assert.Contains($"#{a.Id}", links));
    }

    [Fact]
    public void Rules_Parameters_AreThoseTheRuleReadsWithTheValuesOfItsFile()
    {
        var directory = RulesWithTests("parameters");
        var (_, page, _, _) = Catalogue(directory);

        foreach (var (file, rule) in EnabledRules(directory))
        {
            var declared = Parameters(file, "GlobalParams").Concat(Parameters(rule, "LocalParams")).ToList();
            var read = ReadParameters(rule, declared);
            var name = rule.GetProperty("RuleName").GetString()!;
            var article = Article(page, name);
            if (read.Count == 0)
            {
                Assert.Contains("It reads no parameter.", article.TextContent, StringComparison.Ordinal);
                Assert.DoesNotContain(article.QuerySelectorAll("table"), t => t.QuerySelector("caption")!.TextContent.StartsWith("Parameters", StringComparison.Ordinal));
                continue;
            }

            var rows = HtmlReport.Rows(HtmlReport.Table(article, $"Parameters {name} reads"));
            Assert.Equal(read.Select(p => (p.Name, p.Expression)), rows.Select(r => (r[0], r[1])));
            Assert.All(rows, r => Assert.Equal(NumberLiteral().IsMatch(r[1]) ? "threshold (a fixed value)" : "computed from the order", r[2]));
        }

        // The worked example of the README: the grace period Finance allows is a threshold of 30 days.
        var grace = HtmlReport.Rows(HtmlReport.Table(Article(page, "OverdueWithinGracePeriod"), "Parameters OverdueWithinGracePeriod reads"));
        Assert.Contains(["overdueGraceDays", "30", "threshold (a fixed value)"], grace);
    }

    private static IEnumerable<(string Name, string Expression)> Parameters(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var list)
            ? list.EnumerateArray().Select(p => (p.GetProperty("Name").GetString()!, p.GetProperty("Expression").GetString()!))
            : [];

    /// <summary>The parameters a rule's expression and values name, and those these name in turn, in declaration order.</summary>
    private static List<(string Name, string Expression)> ReadParameters(JsonElement rule, List<(string Name, string Expression)> declared)
    {
        var texts = new List<string> { rule.GetProperty("Expression").GetString()! };
        if (rule.GetProperty("Properties").TryGetProperty("Values", out var values))
        {
            texts.AddRange(values.EnumerateObject().Select(v => v.Value.GetString()!));
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (name, expression) in declared.Where(p => !read.Contains(p.Name)))
            {
                if (texts.Any(t => Regex.IsMatch(t, $@"(?<![\w.]){Regex.Escape(name)}\b", RegexOptions.IgnoreCase)))
                {
                    read.Add(name);
                    texts.Add(expression);
                    grew = true;
                }
            }
        }

        return [.. declared.Where(p => read.Contains(p.Name))];
    }

    [Fact]
    public void Rules_Coverage_EqualsTestCoverageOutput()
    {
        var directory = RulesWithTests("coverage");
        var (_, page, _, _) = Catalogue(directory);
        var (_, testOutput, _) = CliRun.Run("test", "--rules", directory, "--coverage");

        var coverage = CoverageLine().Matches(testOutput).ToDictionary(m => m.Groups["rule"].Value, m => (Fired: HtmlReport.Number(m.Groups["fired"].Value), Held: HtmlReport.Number(m.Groups["held"].Value)));
        Assert.NotEmpty(coverage);
        foreach (var (rule, (fired, held)) in coverage)
        {
            var article = Article(page, rule);
            var line = CatalogueCoverage().Match(article.QuerySelector("p.coverage")!.TextContent);
            Assert.Equal((fired, held), (HtmlReport.Number(line.Groups["fired"].Value), HtmlReport.Number(line.Groups["held"].Value)));
            var cases = HtmlReport.Rows(HtmlReport.Table(article, $"Test cases exercising {rule}"));
            Assert.Equal(fired, cases.Count(c => c[1] == "fired"));
            Assert.Equal(held, cases.Count(c => c[2] == "held"));
        }

        var summary = Summary().Match(testOutput);
        var tests = Assert.Single(HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")), r => r[0] == "Test cases")[1];
        Assert.StartsWith($"{HtmlReport.Number(summary.Groups["passed"].Value) + HtmlReport.Number(summary.Groups["failed"].Value)} run: {summary.Groups["passed"].Value} passed, {summary.Groups["failed"].Value} failed", tests, StringComparison.Ordinal);
        var bothWays = BothWays().Match(testOutput);
        Assert.Equal($"{bothWays.Groups["both"].Value} of {bothWays.Groups["all"].Value}", Assert.Single(HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")), r => r[0].StartsWith("Rules exercised both ways", StringComparison.Ordinal))[1]);
    }

    [Fact]
    public void Rules_RuleNoCaseExercises_SaysSo()
    {
        // A case the preliminary review stops: the detailed stages never run, so no credit rule is exercised.
        var directory = RulesWithTests("one-case", cases: "completeness-missing-order-number.json");
        var (_, page, _, _) = Catalogue(directory);

        var coverage = Article(page, "CustomerNotBlocked").QuerySelector("p.coverage")!.TextContent;
        Assert.Equal("Test cases: fired in 0, held in 0. No passing test case exercises this rule.", coverage);
        Assert.Empty(Article(page, "CustomerNotBlocked").QuerySelectorAll("details"));
    }

    [Fact]
    public void Rules_DirectoryWithoutTests_EachRuleSaysNoTestCases()
    {
        var directory = CliRun.CopyOfDefaultRules(Path.Combine(_temp, "no-tests"));
        var (_, page, _, output) = Catalogue(directory);

        Assert.All(page.QuerySelectorAll("article.rule"), a => Assert.Equal("Test cases: no test cases were run.", a.QuerySelector("p.coverage")!.TextContent));
        Assert.Equal("no test cases were run", Assert.Single(HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")), r => r[0] == "Test cases")[1]);
        Assert.Contains("no test cases", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_StageWithoutRules_IsListedAndSaysSo()
    {
        var directory = CliRun.CopyOfDefaultRules(Path.Combine(_temp, "no-pricing"), (file, text) => file == "pricing.json" ? null : text);
        var (_, page, _, _) = Catalogue(directory);

        var pricing = page.GetElementById("stage-PricingPolicy")!;
        Assert.Contains("This rule set has no rule in this stage.", pricing.TextContent, StringComparison.Ordinal);
        Assert.Empty(pricing.QuerySelectorAll("article.rule"));
        Assert.Contains("Pricing policy (0 rules)", page.QuerySelector("nav.contents")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{StandardStages.Catalog.Count - 1} of {StandardStages.Catalog.Count}", Assert.Single(HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")), r => r[0] == "Stages with rules")[1]);
    }

    [Fact]
    public void Rules_VersionLabelAndEffectiveDate_AreThoseOfTheFiles()
    {
        var directory = CliRun.CopyOfDefaultRules(Path.Combine(_temp, "versioned"), (file, text) => file == "credit.json"
            ? text.Replace("\"WorkflowName\": \"Credit\",", "\"WorkflowName\": \"Credit\", \"VersionLabel\": \"2026.12-a\", \"EffectiveDate\": \"2026-12-01\",", StringComparison.Ordinal)
            : text);
        var (_, page, _, _) = Catalogue(directory);

        var rows = HtmlReport.Rows(HtmlReport.Table(page, "Version, effective date and test cases")).ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("2026.12-a", rows["Version label"]);
        Assert.Equal("2026-12-01", rows["Effective date"]);
        Assert.Equal(RuleSetLoader.LoadDirectory(directory).Version, rows["Version (content hash)"]);
        Assert.Contains("in force from 2026-12-01", page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_CjkMessage_IsWrittenAsItIsAndEscapesMarkup()
    {
        const string Message = "财务部已冻结 {customer}（联系人：李娜）<b>&</b>";
        var directory = CliRun.CopyOfDefaultRules(Path.Combine(_temp, "cjk"), (file, text) => file == "credit.json"
            ? text.Replace("Finance has blocked {customer}; the order cannot be accepted.", Message, StringComparison.Ordinal)
            : text);
        var (_, page, html, _) = Catalogue(directory);

        Assert.Equal(Message, Article(page, "CustomerNotBlocked").QuerySelector("blockquote.message")!.TextContent);
        Assert.Contains("李娜", html, StringComparison.Ordinal);
        Assert.Empty(Article(page, "CustomerNotBlocked").QuerySelectorAll("blockquote b"));
    }

    [Fact]
    public void Rules_SignOff_OneRowPerDepartmentWithItsRuleCount()
    {
        var directory = RulesWithTests("sign-off");
        var (_, page, _, _) = Catalogue(directory);

        var expected = EnabledRules(directory).GroupBy(r => r.Rule.GetProperty("Properties").GetProperty("Department").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        var rows = HtmlReport.Rows(HtmlReport.Table(page, "Sign-off by department"));
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[HtmlReport.Squeezed(r[0])], HtmlReport.Number(r[1])));
        Assert.All(rows, r => Assert.Equal(["", "", ""], r[2..]));
    }

    [GeneratedRegex(@"(?m)^(?<rule>[A-Za-z]\w*)\s+(?<fired>\d+)\s+(?<held>\d+)")]
    private static partial Regex CoverageLine();

    [GeneratedRegex(@"fired in (?<fired>\d+), held in (?<held>\d+)\.")]
    private static partial Regex CatalogueCoverage();

    [GeneratedRegex(@"(?m)^(?<passed>\d+) passed, (?<failed>\d+) failed")]
    private static partial Regex Summary();

    [GeneratedRegex(@"coverage: (?<both>\d+) of (?<all>\d+) rules exercised both ways")]
    private static partial Regex BothWays();

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberLiteral();
}
