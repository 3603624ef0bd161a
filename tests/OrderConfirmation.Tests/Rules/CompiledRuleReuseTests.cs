using System.Text;
using OrderConfirmation.Rules;
using OrderConfirmation.Rules.Loading;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// A reload recompiles only the rule files that changed (issue 17, hot reload): the rules of a file whose path and
/// content are unchanged are the very objects compiled last time, and every diagnostic is reported as a load without
/// reuse reports it.
/// </summary>
public sealed class CompiledRuleReuseTests
{
    private const string GraceThirtyDays = "{ \"Name\": \"overdueGraceDays\", \"Expression\": \"30\" }";

    private static readonly IReadOnlyList<RuleFile> Defaults = RuleFile.EmbeddedDefaults();

    private static RuleFile WithGraceDays(RuleFile credit, int days) =>
        new(credit.Path, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(credit.Content.Span).Replace(GraceThirtyDays, GraceThirtyDays.Replace("30", days.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), StringComparison.Ordinal)));

    private static IReadOnlyList<RuleFile> DefaultsWithGraceDays(int days) =>
        [.. Defaults.Select(f => f.Path.EndsWith("credit.json", StringComparison.Ordinal) ? WithGraceDays(f, days) : f)];

    private static Dictionary<string, RuleInfo> ByName(RuleSetValidation validation) => validation.RuleSet!.Rules.ToDictionary(r => r.Name);

    [Fact]
    public void Validate_SameFilesAgain_GivesTheSameCompiledRules()
    {
        var reuse = new CompiledRuleReuse();
        var first = ByName(RuleSetCompiler.Validate(Defaults, StandardStages.Catalog, reuse));

        var second = ByName(RuleSetCompiler.Validate(Defaults, StandardStages.Catalog, reuse));

        Assert.NotEmpty(first);
        Assert.All(first, pair => Assert.Same(pair.Value, second[pair.Key]));
    }

    [Fact]
    public void Validate_OneFileChanged_RecompilesThatFileOnly()
    {
        var reuse = new CompiledRuleReuse();
        var first = ByName(RuleSetCompiler.Validate(Defaults, StandardStages.Catalog, reuse));

        var edited = RuleSetCompiler.Validate(DefaultsWithGraceDays(10), StandardStages.Catalog, reuse);

        Assert.NotEqual(RuleSetCompiler.Validate(Defaults, StandardStages.Catalog).RuleSet!.Version, edited.RuleSet!.Version);
        var credit = ByName(edited).Values.Where(r => r.File.EndsWith("credit.json", StringComparison.Ordinal)).ToList();
        var others = ByName(edited).Values.Except(credit).ToList();
        Assert.NotEmpty(credit);
        Assert.All(credit, rule => Assert.NotSame(first[rule.Name], rule));
        Assert.NotEmpty(others);
        Assert.All(others, rule => Assert.Same(first[rule.Name], rule));
    }

    [Fact]
    public void Validate_OneFileChanged_DecidesAsAFreshLoad()
    {
        var reuse = new CompiledRuleReuse();
        RuleSetCompiler.Validate(Defaults, StandardStages.Catalog, reuse);

        var edited = RuleSetCompiler.Validate(DefaultsWithGraceDays(10), StandardStages.Catalog, reuse).RuleSet!;
        var fresh = RuleSetCompiler.Validate(DefaultsWithGraceDays(10), StandardStages.Catalog).RuleSet!;

        Assert.Equal(fresh.Version, edited.Version);
        Assert.Equal(fresh.Rules.Select(r => (r.Name, r.File, r.MessageTemplate)), edited.Rules.Select(r => (r.Name, r.File, r.MessageTemplate)));
    }

    [Fact]
    public void Validate_UnchangedFilesWithProblems_ReportsEveryDiagnosticAsWithoutReuse()
    {
        var reuse = new CompiledRuleReuse();
        var broken = TestRuleFile.Create([], new TestRule("1 == 1") { Name = "Constant" }, new TestRule("order.Custmer == null") { Name = "Misspelt" });
        var files = new[] { broken };
        var first = RuleSetCompiler.Validate(files, StandardStages.Catalog, reuse);

        var again = RuleSetCompiler.Validate(files, StandardStages.Catalog, reuse);

        Assert.Equal(2, first.Diagnostics.Count);
        Assert.Equal(RuleSetCompiler.Validate(files, StandardStages.Catalog).Diagnostics, again.Diagnostics);
        Assert.Equal(first.Diagnostics, again.Diagnostics);
    }

    [Fact]
    public void Validate_OtherStages_CompilesEverythingAgain()
    {
        var reuse = new CompiledRuleReuse();
        var first = ByName(RuleSetCompiler.Validate(Defaults, StandardStages.Catalog, reuse));
        var otherCatalog = new RuleStageCatalog([.. StandardStages.Catalog]);

        var second = ByName(RuleSetCompiler.Validate(Defaults, otherCatalog, reuse));

        Assert.All(second, pair => Assert.NotSame(first[pair.Key], pair.Value));
    }
}
