using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Formats;

namespace OrderConfirmation.Cli.Tests;

public sealed partial class ReviewCommandTests : IDisposable
{
    private const string InvalidQuantityField = "order.lines[0].quantity";

    private const string BrokenRule = """
        {
          "WorkflowName": "Broken",
          "Rules": [
            {
              "RuleName": "BrokenRule",
              "Expression": "order.NoSuchField > 1",
              "ErrorMessage": "Never shown.",
              "Properties": { "Stage": "PreliminaryReview", "Department": "Sales", "Severity": "Error", "Outcome": "NeedsClarification", "Action": "AskCustomer" }
            }
          ]
        }
        """;

    private static readonly (string OrderId, string Outcome)[] SampleOutcomes =
    [
        ("SO-1001", "ReadyToConfirm"),
        ("SO-1002", "ReadyToConfirm"),
        ("SO-1003", "ReadyToConfirm"),
        ("SO-1004", "NeedsClarification"),
        ("SO-1005", "NeedsClarification"),
        ("SO-1006", "NeedsClarification"),
        ("SO-1007", "NeedsClarification"),
        ("SO-1008", "OnHold"),
        ("SO-1009", "OnHold"),
        ("SO-1010", "OnHold"),
        ("SO-1011", "Rejected"),
        ("SO-1012", "OnHold"),
        ("SO-1013", "ReadyToConfirm"),
        ("SO-1014", "OnHold"), // no list price for a line (ListPriceKnown)
        ("SO-1015", "OnHold"), // a discount beyond Sales' 10 %
        ("SO-1016", "OnHold"), // a margin under Finance's 15 %
        ("SO-1017", "ReadyToConfirm"), // exactly at both limits; a line's margin not checked (Info)
        ("SO-1018", "OnHold"), // 12,000 USD over a 100,000 CNY limit once converted
        ("SO-1019", "OnHold"), // payment terms Finance does not allow
        ("SO-1020", "NeedsClarification"), // two lines of one SKU over the stock
    ];

    private readonly string _temp = Directory.CreateTempSubdirectory("oc-clitests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Samples => RequestJson.SamplesDirectory;

    private static string[] SampleFiles => [.. Directory.GetFiles(Samples, "*.json").Order(StringComparer.Ordinal)];

    private sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static CliResult Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private static List<JsonElement> JsonDecisions(CliResult result) =>
        [.. result.OutputLines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        })];

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteInvalidRequest(string name) =>
        Write(name, RequestJson.Example(r => r.Line(0)["quantity"] = "ten").ToJsonString());

    private string WriteValidRequest(string name) => Write(name, File.ReadAllText(RequestJson.ExamplePath));

    private string BrokenRulesDirectory()
    {
        foreach (var file in Directory.GetFiles(DefaultRules.RulesDirectory, "*.json"))
        {
            Write(Path.Combine("rules", Path.GetFileName(file)), File.ReadAllText(file));
        }

        Write(Path.Combine("rules", "zz-broken.json"), BrokenRule);
        return Path.Combine(_temp, "rules");
    }

    [GeneratedRegex(@"^.+\.json:\d+:\d+: error OC\d{4}: ")]
    private static partial Regex DiagnosticLine();

    [Fact]
    public void Run_SamplesDirectory_ExitsWithSuccess()
    {
        var result = Run("review", Samples);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Run_SamplesDirectory_TextNamesEachFile()
    {
        var result = Run("review", Samples);

        Assert.All(SampleFiles, file => Assert.Contains(file, result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SamplesDirectory_TextGivesEachOrderItsOutcome()
    {
        var result = Run("review", Samples);

        Assert.All(SampleOutcomes, sample => Assert.Contains($"order {sample.OrderId}: {sample.Outcome}", result.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_SamplesDirectoryAsJson_WritesOneParsableLinePerFile()
    {
        var result = Run("review", Samples, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(SampleFiles.Length, JsonDecisions(result).Count);
    }

    [Fact]
    public void Run_SamplesDirectoryAsJson_WritesDecisionsInFileNameOrderWithTheExpectedOutcomes()
    {
        var result = Run("review", Samples, "--json");

        var decisions = JsonDecisions(result).Select(d => (d.GetProperty("orderId").GetString(), d.GetProperty("outcome").GetString()));
        Assert.Equal(SampleOutcomes.Select(s => ((string?)s.OrderId, (string?)s.Outcome)), decisions);
    }

    [Fact]
    public void Run_SamplesDirectoryAsJson_EachDecisionHasTheContractProperties()
    {
        var result = Run("review", Samples, "--json");

        Assert.All(JsonDecisions(result), decision => Assert.Equal(
            ["orderId", "outcome", "stagesRun", "findings", "ruleSetVersion", "evaluatedAt"],
            decision.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Run_SamplesDirectoryAsJson_EachFindingHasTheContractProperties()
    {
        var result = Run("review", Samples, "--json");

        var findings = JsonDecisions(result).SelectMany(d => d.GetProperty("findings").EnumerateArray()).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, finding => Assert.Equal(
            ["rule", "stage", "department", "severity", "outcome", "action", "message", "values"],
            finding.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Run_RequestMissingOrderFields_ReviewsItAsNeedingClarification()
    {
        var path = Write("incomplete.json", RequestJson.Example(r =>
        {
            r.Order().Remove("customer");
            r.Order().Remove("receivedAt");
            r.Order().Remove("paymentTerms");
        }).ToJsonString());

        var result = Run("review", path, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("NeedsClarification", Assert.Single(JsonDecisions(result)).GetProperty("outcome").GetString());
    }

    [Fact]
    public void Run_RequestWithByteOrderMark_ReviewsIt()
    {
        var path = Path.Combine(_temp, "bom.json");
        File.WriteAllText(path, File.ReadAllText(RequestJson.ExamplePath), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = Run("review", path, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("SO-1001", Assert.Single(JsonDecisions(result)).GetProperty("orderId").GetString());
    }

    [Fact]
    public void Run_BlockedCustomerAsJson_FindingIsRejectedByFinance()
    {
        var result = Run("review", Path.Combine(Samples, "11-blocked-customer-rejected.json"), "--json");

        var finding = Assert.Single(JsonDecisions(result)).GetProperty("findings")[0];
        Assert.Equal("CustomerNotBlocked", finding.GetProperty("rule").GetString());
        Assert.Equal("Finance", finding.GetProperty("department").GetString());
        Assert.Equal("Error", finding.GetProperty("severity").GetString());
        Assert.Equal("Rejected", finding.GetProperty("outcome").GetString());
    }

    [Fact]
    public void Run_FilesGivenOutOfOrder_WritesDecisionsInArgumentOrder()
    {
        var result = Run("review", Path.Combine(Samples, "03-prepaid-stock-replenished-in-time.json"), Path.Combine(Samples, "01-ready-to-confirm.json"), "--json");

        Assert.Equal(["SO-1003", "SO-1001"], JsonDecisions(result).Select(d => d.GetProperty("orderId").GetString()));
    }

    [Fact]
    public void Run_DirectoryWithAnInvalidFile_ExitsWithInvalidInput()
    {
        WriteInvalidRequest("1-invalid.json");
        WriteValidRequest("2-valid.json");

        var result = Run("review", _temp);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
    }

    [Fact]
    public void Run_DirectoryWithAnInvalidFile_ErrorNamesTheFileAndTheField()
    {
        var invalid = WriteInvalidRequest("1-invalid.json");
        WriteValidRequest("2-valid.json");

        var result = Run("review", _temp);

        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(invalid, line, StringComparison.Ordinal);
        Assert.Contains(InvalidQuantityField, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DirectoryWithAnInvalidFile_StillReviewsTheValidFile()
    {
        WriteInvalidRequest("1-invalid.json");
        var valid = WriteValidRequest("2-valid.json");

        var result = Run("review", _temp);

        Assert.Contains(valid, result.Output, StringComparison.Ordinal);
        Assert.Contains("order SO-1001: ReadyToConfirm", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DirectoryWithAnInvalidFileAsJson_OutputHoldsOnlyTheValidDecision()
    {
        WriteInvalidRequest("1-invalid.json");
        WriteValidRequest("2-valid.json");

        var result = Run("review", _temp, "--json");

        var decision = Assert.Single(JsonDecisions(result));
        Assert.Equal("SO-1001", decision.GetProperty("orderId").GetString());
    }

    [Fact]
    public void Run_FileThatIsNotAReviewRequest_ExitsWithInvalidInputNamingIt()
    {
        var path = Write("array.json", "[1, 2, 3]");

        var result = Run("review", path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NonexistentFile_ExitsWithInvalidInput()
    {
        var missing = Path.Combine(_temp, "no-such-request.json");

        var result = Run("review", missing);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NonexistentFileBeforeAValidOne_StillReviewsTheValidOne()
    {
        var result = Run("review", Path.Combine(_temp, "no-such-request.json"), RequestJson.ExamplePath, "--json");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("SO-1001", Assert.Single(JsonDecisions(result)).GetProperty("orderId").GetString());
    }

    [Fact]
    public void Run_BrokenRules_ExitsWithInvalidRules()
    {
        var result = Run("review", Samples, "--rules", BrokenRulesDirectory());

        Assert.Equal(ExitCodes.InvalidRules, result.ExitCode);
    }

    [Fact]
    public void Run_BrokenRules_ReviewsNothing()
    {
        var result = Run("review", Samples, "--rules", BrokenRulesDirectory());

        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Run_BrokenRules_ErrorHasFileLineColumnDiagnostic()
    {
        var rules = BrokenRulesDirectory();

        var result = Run("review", Samples, "--rules", rules);

        var diagnostic = Assert.Single(result.ErrorLines, line => DiagnosticLine().IsMatch(line));
        Assert.StartsWith(Path.Combine(rules, "zz-broken.json") + ":", diagnostic, StringComparison.Ordinal);
        Assert.Contains("error OC1005:", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingRulesDirectory_ExitsWithInvalidRules()
    {
        var result = Run("review", Samples, "--rules", Path.Combine(_temp, "no-such-rules"));

        Assert.Equal(ExitCodes.InvalidRules, result.ExitCode);
        Assert.Contains("no-such-rules", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid-input")]
    [InlineData("missing-input")]
    [InlineData("broken-rules")]
    [InlineData("missing-rules")]
    public void Run_UserError_WritesNoStackTrace(string scenario)
    {
        string[] args = scenario switch
        {
            "invalid-input" => ["review", WriteInvalidRequest("invalid.json")],
            "missing-input" => ["review", Path.Combine(_temp, "missing.json")],
            "broken-rules" => ["review", Samples, "--rules", BrokenRulesDirectory()],
            _ => ["review", Samples, "--rules", Path.Combine(_temp, "missing-rules")],
        };

        var result = Run(args);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Error);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShippedRulesDirectory_GivesTheDefaultRuleSetVersion()
    {
        var defaults = Run("review", RequestJson.ExamplePath, "--json");
        var shipped = Run("review", RequestJson.ExamplePath, "--json", "--rules", DefaultRules.RulesDirectory);

        Assert.Equal(ExitCodes.Success, shipped.ExitCode);
        Assert.Equal(
            Assert.Single(JsonDecisions(defaults)).GetProperty("ruleSetVersion").GetString(),
            Assert.Single(JsonDecisions(shipped)).GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public void Run_WithoutInputs_ExitsWithUsageError()
    {
        var result = Run("review");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
