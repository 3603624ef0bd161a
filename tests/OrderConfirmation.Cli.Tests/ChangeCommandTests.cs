using System.Text.Json;

namespace OrderConfirmation.Cli.Tests;

public sealed class ChangeCommandTests : IDisposable
{
    private static readonly (string ChangeId, bool Eligible, bool Feasible)[] SampleOutcomes =
    [
        ("CR-7", true, true),
        ("CR-8", true, true),
        ("CR-9", false, false),
        ("CR-10", false, false),
        ("CR-11", false, false),
        ("CR-12", false, false),
        ("CR-13", true, false),
        ("CR-14", true, true),
    ];

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-changetests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "samples", "changes");

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRun.Run(args);

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        })];

    [Fact]
    public void Change_Samples_GiveTheDocumentedOutcomes()
    {
        var (exitCode, output, error) = Run("change", Samples, "--json");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal(SampleOutcomes, JsonLines(output).Select(j => (j.GetProperty("changeId").GetString()!, j.GetProperty("eligible").GetBoolean(), j.GetProperty("feasible").GetBoolean())));
    }

    [Fact]
    public void Change_Json_HasTheContractFields()
    {
        var (_, output, _) = Run("change", Path.Combine(Samples, "01-feasible-more-hosts-later-date.json"), "--json");

        var result = Assert.Single(JsonLines(output));
        Assert.Equal(["orderId", "changeId", "eligible", "eligibility", "requiredApprovals", "review", "impact", "feasible", "revision"], result.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["changedFields", "newFindings", "resolvedFindings", "notify"], result.GetProperty("impact").EnumerateObject().Select(p => p.Name));
        Assert.Equal("SO-1001", result.GetProperty("orderId").GetString());
        Assert.Equal("ReadyToConfirm", result.GetProperty("review").GetProperty("outcome").GetString());
        Assert.Equal(["requestedDeliveryDate", "lines[1].quantity", "lines[2].removed", "lines[3].added"], result.GetProperty("impact").GetProperty("changedFields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, result.GetProperty("revision").GetInt32());
    }

    [Fact]
    public void Change_IneligibleJson_HasNullReviewAndFindingsAsInADecision()
    {
        var (_, output, _) = Run("change", Path.Combine(Samples, "03-completed-order-not-eligible.json"), "--json");

        var result = Assert.Single(JsonLines(output));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("review").ValueKind);
        var finding = Assert.Single(result.GetProperty("eligibility").EnumerateArray());
        Assert.Equal(["rule", "stage", "department", "severity", "outcome", "action", "message", "values"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("OrderStillOpen", finding.GetProperty("rule").GetString());
    }

    [Fact]
    public void Change_PriceChange_NamesFinanceApproval()
    {
        var (_, output, _) = Run("change", Path.Combine(Samples, "02-price-change-needs-finance-approval.json"), "--json");

        Assert.Equal(["Finance"], Assert.Single(JsonLines(output)).GetProperty("requiredApprovals").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Change_Text_ShowsVerdictChangesAndNotifications()
    {
        var (exitCode, output, _) = Run("change", Path.Combine(Samples, "07-over-credit-limit-not-feasible.json"));

        Assert.Equal(0, exitCode);
        Assert.Contains("change CR-13: not feasible", output, StringComparison.Ordinal);
        Assert.Contains("WithinCreditLimit", output, StringComparison.Ordinal);
        Assert.Contains("notify: Sales, Finance, Product", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_BadFile_ExitsWithInvalidInputNamingTheField()
    {
        var path = Path.Combine(_temp, "bad.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Samples, "01-feasible-more-hosts-later-date.json")).Replace("\"Confirmed\"", "\"Shipped\"", StringComparison.Ordinal));

        var (exitCode, output, error) = Run("change", path, Path.Combine(Samples, "02-price-change-needs-finance-approval.json"), "--json");

        Assert.Equal(2, exitCode);
        Assert.Contains("order.status", error, StringComparison.Ordinal);
        Assert.Contains("'Shipped' is not one of", error, StringComparison.Ordinal);
        Assert.Single(JsonLines(output));
    }

    [Fact]
    public void Change_RulesWithoutChangeEligibility_ExitsWithInvalidRules()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "rules"), "*.json").Where(f => !f.EndsWith("change-eligibility.json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_temp, Path.GetFileName(file)));
        }

        var (exitCode, output, error) = Run("change", Samples, "--rules", _temp);

        Assert.Equal(3, exitCode);
        Assert.Empty(output);
        Assert.Contains("ChangeEligibility", error, StringComparison.Ordinal);
    }
}
