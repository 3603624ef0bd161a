using System.Text;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Sandbox;

/// <summary>
/// The sandbox: every expression of the hostile corpus (hostile-expressions.txt), plus generated huge and deep ones,
/// is rejected when the rule file loads, naming the rule; none reaches evaluation.
/// </summary>
public sealed class HostileExpressionTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "Sandbox", "hostile-expressions.txt");

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(CorpusPath).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            data.Add(line);
        }

        data.Add($"order.OrderId == \"{new string('x', 5_000)}\"");
        data.Add(string.Concat(Enumerable.Repeat("(", 200)) + "order.Total > 0" + string.Concat(Enumerable.Repeat(")", 200)));
        data.Add("order.Total > " + string.Join(" + ", Enumerable.Repeat("1", 3_000)));
        data.Add(string.Join(" && ", Enumerable.Repeat("order.Total > 0", 300)));
        return data;
    }

    private static RuleSetValidation Load(string expression)
    {
        var json = $$"""
            { "WorkflowName": "Hostile", "Rules": [ { "RuleName": "Hostile", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}}, "ErrorMessage": "m",
              "Properties": { "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" } } ] }
            """;
        return RuleSetLoader.Validate([new RuleFile("hostile.json", Encoding.UTF8.GetBytes(json))]);
    }

    [Fact]
    public void Corpus_HasAtLeastFiftyHostileExpressions() => Assert.True(Corpus().Count >= 50, $"{Corpus().Count} expressions");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Load_HostileExpression_IsRejectedNamingTheRule(string expression)
    {
        var validation = Load(expression);

        Assert.False(validation.IsValid, $"accepted: {expression}");
        var error = Assert.Single(validation.Errors);
        Assert.Equal("Hostile", error.Rule);
        Assert.Contains(error.Code, new[] { RuleDiagnosticCodes.ForbiddenExpression, RuleDiagnosticCodes.InvalidExpression });
    }

    [Theory]
    [InlineData("order.GetType().Assembly.Location != null", "Assembly.Location")]
    [InlineData("order.GetType().FullName == \"x\"", "Type.FullName")]
    [InlineData("DateTime.Now.Year > 2000", "DateTime")]
    [InlineData("Enumerable.Range(0, int.MaxValue).Count() > 0", "Enumerable.Range")]
    public void Load_ForbiddenMember_IsNamedInTheDiagnostic(string expression, string member)
    {
        var error = Assert.Single(Load(expression).Errors);

        Assert.Equal(RuleDiagnosticCodes.ForbiddenExpression, error.Code);
        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.Lines.All(l => l.Quantity > 0 && Check.IsPresent(l.Sku))")]
    [InlineData("Math.Abs(order.Total) < 1000000m && order.Currency.ToUpper() == \"CNY\"")]
    [InlineData("order.RequestedDeliveryDate.Value.PlusDays(2) > today && today.Year >= 2026")]
    [InlineData("new[] { \"CNY\", \"USD\" }.Contains(order.Currency)")]
    [InlineData("order.Lines.Sum(l => l.Quantity ?? 0) >= 1 && order.Lines.Select(l => l.Sku).Distinct().Count() == order.Lines.Count")]
    public void Load_OrdinaryBusinessExpression_IsAllowed(string expression) =>
        Assert.True(Load(expression).IsValid, string.Join("; ", Load(expression).Errors));
}
