using OrderConfirmation.Findings;
using OrderConfirmation.Rules;
using OrderConfirmation.Stages;

namespace OrderConfirmation.Tests.Rules;

/// <summary>
/// A stage declares what its rules read (README, "A review stage of your own"): named inputs, order or line scope;
/// a catalog holds stages of different names and fixes their inputs.
/// </summary>
public sealed class RuleStageTests
{
    private sealed class Scope
    {
        public string Text { get; set; } = string.Empty;

        public int Number { get; set; }
    }

    private static RuleStage<Scope> Stage(string name = "ExportControl") => new(new ReviewStage(name));

    [Fact]
    public void Inputs_DeclaredInOrder_AreListedByScope()
    {
        var stage = Stage().OrderInput("text", s => s.Text).LineInput("number", s => s.Number).OrderInput("again", s => s.Text);

        Assert.Equal(["text", "again"], stage.OrderInputNames);
        Assert.Equal(["number"], stage.LineInputNames);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2nd")]
    [InlineData("two words")]
    [InlineData("_hidden")]
    public void OrderInput_NotAName_ThrowsNamingTheParameter(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => Stage().OrderInput(name, s => s.Text));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith($"'{name}' cannot name an input: use letters, digits and '_', starting with a letter.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineInput_NameTakenIgnoringCase_ThrowsNamingTheStageAndTheInput()
    {
        var stage = Stage().OrderInput("order", s => s.Text);

        var error = Assert.Throws<ArgumentException>(() => stage.LineInput("Order", s => s.Number));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith("The stage ExportControl already has an input named 'Order'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderInput_Nulls_ThrowNamingTheParameter()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Stage().OrderInput<string>(null!, s => s.Text)).ParamName);
        Assert.Equal("read", Assert.Throws<ArgumentNullException>(() => Stage().LineInput<string>("text", null!)).ParamName);
    }

    [Fact]
    public void Constructor_DefaultStage_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleStage<Scope>(default));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Catalog_HoldingAStage_FixesItsInputs()
    {
        var stage = Stage().OrderInput("text", s => s.Text);
        _ = new RuleStageCatalog([stage]);

        var error = Assert.Throws<InvalidOperationException>(() => stage.OrderInput("more", s => s.Text));

        Assert.Equal("The stage ExportControl is already in a catalog; declare its inputs before that.", error.Message);
        Assert.Equal(["text"], stage.OrderInputNames);
    }

    [Fact]
    public void Catalog_TwoStagesOfOneName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleStageCatalog([Stage(), Stage()]));

        Assert.Equal(("stages", true), (error.ParamName, error.Message.StartsWith("Two stages are named ExportControl.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Catalog_NullStage_ThrowsNamingTheParameter() =>
        Assert.Equal("stages", Assert.Throws<ArgumentNullException>(() => new RuleStageCatalog([Stage(), null!])).ParamName);

    [Fact]
    public void With_AnotherStage_AddsItLastAndLeavesTheCatalogAsItWas()
    {
        var extra = Stage("ExportControl");

        var catalog = StandardStages.Catalog.With(extra);

        Assert.Equal((7, 6), (catalog.Count, StandardStages.Catalog.Count));
        Assert.Same(extra, catalog[^1]);
        Assert.Same(extra, catalog.Find(new ReviewStage("ExportControl")));
        Assert.Null(StandardStages.Catalog.Find(new ReviewStage("ExportControl")));
        Assert.StartsWith("Two stages are named CreditAssessment.", Assert.Throws<ArgumentException>(() => StandardStages.Catalog.With(Stage("CreditAssessment"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InputNames_StandardCatalog_AreEveryInputOnceInDeclarationOrder()
    {
        Assert.Equal(
            ["order", "customer", "today", "credit", "capabilities", "rates", "agreedDeliveryDate", "line", "supply", "price", "skuDemand", "change", "changed", "status", "revision", "promisedDeliveryDate", "current", "shipped"],
            StandardStages.Catalog.InputNames);
    }

    [Fact]
    public void StandardCatalog_ListsTheRegulationsStagesInOrder()
    {
        Assert.Equal(
            [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment, ReviewStage.PricingPolicy, ReviewStage.TechnicalFeasibility, ReviewStage.SupplyCapability, ReviewStage.ChangeEligibility],
            StandardStages.Catalog.Select(s => s.Name));
    }
}
