using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Testing.Tests.PublicApi;

/// <summary>The facts of a host's export-control stage: where the company may not deliver.</summary>
/// <param name="EmbargoedCountries">ISO country codes under embargo.</param>
public sealed record ExportFacts(IReadOnlySet<string> EmbargoedCountries);

/// <summary>
/// A host adds a review stage of its own (export control) through the public API alone: this project has no access to
/// the library's internals. Its rules are written in a rule file beside the shipped ones; the stage runs after the
/// regulation's detailed review, gated by the preliminary review like them, and its findings reach the decision and
/// its JSON as any other stage's.
/// </summary>
public sealed class CustomStageTests : IDisposable
{
    private const string ExportRuleFile = """
        {
          "WorkflowName": "ExportControl",
          "Rules": [
            {
              "RuleName": "NoEmbargoedDestination",
              "Expression": "!export.EmbargoedCountries.Contains(order.DeliveryAddress.Country)",
              "ErrorMessage": "Delivery to {country} is under embargo; Technical to check the export licence.",
              "Properties": {
                "Stage": "ExportControl",
                "Department": "Technical",
                "Severity": "Error",
                "Outcome": "OnHold",
                "Action": "ProposeTechnicalSolution",
                "Values": { "country": "order.DeliveryAddress.Country" }
              }
            },
            {
              "RuleName": "NoDualUseLine",
              "Expression": "!line.Requirements.Contains(\"DUAL-USE\") || !export.EmbargoedCountries.Any()",
              "ErrorMessage": "Line {lineNo} is dual-use equipment; Technical to record the licence check.",
              "Properties": { "Stage": "ExportControl", "Department": "Technical", "Severity": "Warning", "Action": "ProposeTechnicalSolution", "Scope": "Line" }
            }
          ]
        }
        """;

    private static readonly Instant Now = Instant.FromUtc(2026, 11, 20, 2, 0);
    private static readonly ExportFacts Embargo = new(new HashSet<string>(["KP"], StringComparer.Ordinal));

    private readonly CustomReviewStage<ExportFacts> _stage = new("ExportControl", Department.Technical, factsInput: "export");
    private readonly string _rules = Directory.CreateTempSubdirectory("oc-export-").FullName;

    public CustomStageTests()
    {
        foreach (var file in Directory.GetFiles(ShippedRulesDirectory(), "*.json"))
        {
            File.Copy(file, Path.Combine(_rules, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(_rules, "export-control.json"), ExportRuleFile);
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public void LoadDirectory_CatalogWithTheStage_LoadsItsRulesAfterTheRegulationsStages()
    {
        var ruleSet = RuleSetLoader.LoadDirectory(_rules, StandardStages.Catalog.With(_stage));

        Assert.Equal(
            [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability, ReviewStage.ChangeEligibility, new ReviewStage("ExportControl")],
            ruleSet.Stages);
    }

    [Fact]
    public void LoadDirectory_StandardCatalog_RejectsTheUnknownStageNamingTheKnownOnes()
    {
        var error = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.LoadDirectory(_rules));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.Rule == "NoEmbargoedDestination");
        Assert.EndsWith("export-control.json", diagnostic.File, StringComparison.Ordinal);
        Assert.Equal("Stage 'ExportControl' is not one of: PreliminaryReview, CreditAssessment, PricingPolicy, TechnicalFeasibility, SupplyCapability, ChangeEligibility.", diagnostic.Message);
    }

    [Fact]
    public void Evaluate_EmbargoedDestination_HoldsTheOrderWithTheStagesFinding()
    {
        var decision = ReviewEvaluator.Evaluate(RuleSet(), Facts("KP").WithStageFacts(_stage, Embargo));

        Assert.Equal(ReviewOutcome.OnHold, decision.Outcome);
        Assert.Equal(new ReviewStage("ExportControl"), decision.StagesRun[^1]);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(
            ("NoEmbargoedDestination", "ExportControl", Department.Technical, FindingSeverity.Error, "Delivery to KP is under embargo; Technical to check the export licence."),
            (finding.Rule, finding.Stage.Name, finding.Department, finding.Severity, finding.Message));
        Assert.Equal("KP", finding.Values["country"]);
        Assert.Contains("\"stage\":\"ExportControl\"", DecisionJsonWriter.ToJson(decision), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DestinationNotEmbargoed_IsReadyToConfirm()
    {
        var decision = ReviewEvaluator.Evaluate(RuleSet(), Facts("CN").WithStageFacts(_stage, Embargo));

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Contains(new ReviewStage("ExportControl"), decision.StagesRun);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void Evaluate_LineRule_ReadsTheLineAndNamesIt()
    {
        var facts = Facts("CN", requirements: ["IPV6", "DUAL-USE"]).WithStageFacts(_stage, Embargo);

        var finding = Assert.Single(ReviewEvaluator.Evaluate(RuleSet(), facts).Findings);

        Assert.Equal(("NoDualUseLine", 1, FindingSeverity.Warning, "Line 1 is dual-use equipment; Technical to record the licence check."), (finding.Rule, finding.LineNo, finding.Severity, finding.Message));
    }

    [Fact]
    public void Evaluate_PreliminaryReviewFails_DoesNotRunTheStage()
    {
        var facts = Facts("KP", quantity: null).WithStageFacts(_stage, Embargo);

        var decision = ReviewEvaluator.Evaluate(RuleSet(), facts);

        Assert.Equal([ReviewStage.PreliminaryReview], decision.StagesRun);
        Assert.DoesNotContain(decision.Findings, f => f.Stage.Name == "ExportControl");
    }

    [Fact]
    public void Evaluate_StageFactsNotGiven_HoldsTheOrderWithASystemFindingOfTheOwner()
    {
        var decision = ReviewEvaluator.Evaluate(RuleSet(), Facts("CN"));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(
            (ReviewOutcome.OnHold, "ExportControlFactsMissing", FindingKind.EvaluationError, Department.Technical, ReviewAction.InvestigateSystemError),
            (decision.Outcome, finding.Rule, finding.Kind, finding.Department, finding.Action));
    }

    [Fact]
    public void Load_ExpressionReachingReflectionThroughTheFacts_IsRejectedAtLoad()
    {
        var file = new RuleFile("reflection.json", System.Text.Encoding.UTF8.GetBytes(ExportRuleFile.Replace(
            "!export.EmbargoedCountries.Contains(order.DeliveryAddress.Country)", "export.GetType().Assembly.Location != \\\"\\\"", StringComparison.Ordinal)));

        var error = Assert.Throws<RuleSetLoadException>(() => RuleSetLoader.Load([file], StandardStages.Catalog.With(new CustomReviewStage<ExportFacts>("ExportControl", Department.Technical, "export"))));

        Assert.Contains(error.Diagnostics, d => d.Rule == "NoEmbargoedDestination" && d.Message.StartsWith("The expression is not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddOrderConfirmation_StageWithItsProvider_ReviewsThroughTheHostsFacts()
    {
        await using var services = Services(new ExportProvider(Embargo)).BuildServiceProvider();

        var decision = await services.GetRequiredService<IOrderReviewer>().ReviewAsync(Order("KP"));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("NoEmbargoedDestination", "ExportControl"), (finding.Rule, finding.Stage.Name));
    }

    [Fact]
    public async Task AddOrderConfirmation_ProviderFails_HoldsTheOrderNamingTheStage()
    {
        await using var services = Services(new ExportProvider(null)).BuildServiceProvider();

        var decision = await services.GetRequiredService<IOrderReviewer>().ReviewAsync(Order("CN"));

        var finding = Assert.Single(decision.Findings);
        Assert.Equal(("ExportControlFactsUnavailable", FindingKind.EvaluationError, ReviewOutcome.OnHold), (finding.Rule, finding.Kind, decision.Outcome));
    }

    [Fact]
    public async Task AddOrderConfirmation_StageWithoutProvider_FailsNamingTheMissingService()
    {
        await using var services = Services(provider: null).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOrderReviewer>());

        Assert.Contains("IReviewFactsProvider<ExportFacts>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddOrderConfirmation_StageTheReviewDoesNotRun_FailsAtRegistration()
    {
        var bare = new RuleStage<ExportFacts>(new ReviewStage("ExportControl")).OrderInput("export", f => f);

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmation(o => o.Stages.Add(bare)));

        Assert.StartsWith("The stage ExportControl is not a review stage: Stages takes CustomReviewStage<TFacts> declarations", error.Message, StringComparison.Ordinal);
    }

    private ServiceCollection Services(IReviewFactsProvider<ExportFacts>? provider)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICreditProfileProvider>(new InMemoryCreditProfiles().Set("C-001", GoodCredit));
        services.AddSingleton<ISupplyProvider>(new InMemorySupply().Set("CLOUD-HOST-8C", new SupplyPosition(available: 50m, leadTimeDays: 3)));
        services.AddSingleton<ICapabilityCatalog>(new InMemoryCapabilityCatalog(["IPV6", "DUAL-USE"]));
        services.AddSingleton<IClock>(new FakeClock(Now));
        if (provider is not null)
        {
            services.AddSingleton(provider);
        }

        services.AddOrderConfirmation(options =>
        {
            options.RulesDirectory = _rules;
            options.Stages.Add(_stage);
        });
        return services;
    }

    private RuleSet RuleSet() => RuleSetLoader.LoadDirectory(_rules, StandardStages.Catalog.With(_stage));

    private static readonly CreditProfile GoodCredit = new(creditLimit: 100_000m, outstandingBalance: 0m, openOrdersValue: 0m, overdueAmount: 0m, daysOverdue: 0, badDebtRecords: 0, blocked: false);

    private static ReviewFacts Facts(string country, decimal? quantity = 10m, IReadOnlyList<string>? requirements = null) => new(
        Order(country, quantity, requirements),
        GoodCredit,
        new Dictionary<string, SupplyPosition>(StringComparer.Ordinal) { ["CLOUD-HOST-8C"] = new(available: 50m, leadTimeDays: 3) },
        new HashSet<string>(["IPV6", "DUAL-USE"], StringComparer.Ordinal),
        Now,
        DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    private static Order Order(string country, decimal? quantity = 10m, IReadOnlyList<string>? requirements = null) => new(
        orderId: "SO-1001",
        receivedAt: Now - Duration.FromHours(1),
        enteredBy: "sales.li",
        customer: new Customer("C-001", "Acme Network Ltd", new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"), new PostalAddress("1 Main St", "Beijing", "100080", country)),
        currency: "CNY",
        lines: [new OrderLine(1, "CLOUD-HOST-8C", "Cloud host, 8 vCPU", quantity, unitPrice: 1200m, requirements: requirements ?? ["IPV6"])],
        requestedDeliveryDate: new LocalDate(2026, 12, 15),
        paymentTerms: PaymentTerms.Net30);

    private static string ShippedRulesDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrderConfirmation.sln")))
            {
                return Path.Combine(directory.FullName, "rules");
            }
        }

        throw new InvalidOperationException("The repository's rules directory was not found above " + AppContext.BaseDirectory);
    }

    private sealed class ExportProvider(ExportFacts? facts) : IReviewFactsProvider<ExportFacts>
    {
        public ValueTask<ExportFacts> GetFactsAsync(Order order, CancellationToken cancellationToken) =>
            facts is null ? ValueTask.FromException<ExportFacts>(new TimeoutException("the export register did not answer")) : ValueTask.FromResult(facts);
    }
}
