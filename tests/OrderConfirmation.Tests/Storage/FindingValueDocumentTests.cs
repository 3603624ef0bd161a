using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;
using OrderConfirmation.Tests.Lifecycle;

namespace OrderConfirmation.Tests.Storage;

/// <summary>A finding's values come back as the .NET types the rules (or a host) gave, in the order they were given.</summary>
public sealed class FindingValueDocumentTests
{
    /// <summary>A value of each type the document keeps, by a name for the test.</summary>
    private static readonly Dictionary<string, object?> Kinds = new(StringComparer.Ordinal)
    {
        ["null"] = null,
        ["string"] = "Acme \"Network\" 北京",
        ["bool"] = true,
        ["decimal"] = 1.50m,
        ["int"] = 3,
        ["long"] = 5_000_000_000L,
        ["short"] = (short)-7,
        ["byte"] = (byte)200,
        ["sbyte"] = (sbyte)-100,
        ["ushort"] = (ushort)60_000,
        ["uint"] = 4_000_000_000u,
        ["ulong"] = ulong.MaxValue,
        ["double"] = 0.1,
        ["double NaN"] = double.NaN,
        ["double infinity"] = double.NegativeInfinity,
        ["float"] = 2.5f,
        ["char"] = '中',
        ["LocalDate"] = new LocalDate(2026, 12, 15),
        ["LocalTime"] = new LocalTime(9, 30, 15).PlusNanoseconds(7),
        ["Instant"] = Instant.FromUtc(2026, 11, 27, 2, 0).PlusNanoseconds(1),
        ["Duration"] = Duration.FromDays(-2) + Duration.FromNanoseconds(3),
        ["Period"] = Period.FromMonths(1) + Period.FromDays(2) + Period.FromHours(-3),
        ["PaymentTerms"] = PaymentTerms.Net60,
        ["OrderStatus"] = OrderStatus.OnHold,
        ["IsoDayOfWeek"] = IsoDayOfWeek.Friday,
        ["undefined PaymentTerms"] = (PaymentTerms)42,
    };

    public static TheoryData<string> KindNames => [.. Kinds.Keys];

    private enum ExportZone
    {
        Embargoed,
    }

    private sealed record Licence(string Number);

    private static ReviewFinding Finding(IReadOnlyDictionary<string, object?> values, ReviewStage? stage = null) =>
        new("ExportLicence", stage ?? ReviewStage.CreditAssessment, Department.Finance, FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CollectOverdue, "message", values, lineNo: 2);

    private static OrderState StateWith(ReviewFinding finding, IReadOnlyList<ReviewStage>? stagesRun = null) =>
        new LifecycleScenario().Draft() with
        {
            LatestReview = new ReviewDecision("SO-1001", stagesRun ?? HandMadeDecisions.AllStages, [finding], HandMadeDecisions.RuleSetVersion, HandMadeDecisions.EvaluatedAt, "2026.11", new LocalDate(2026, 11, 1)),
        };

    private static IReadOnlyDictionary<string, object?> RestoredValues(IReadOnlyDictionary<string, object?> values) =>
        OrderStateDocument.Read(OrderStateDocument.Write(StateWith(Finding(values)))).LatestReview!.Findings[0].Values;

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Read_FindingValue_HasTheSameTypeAndValue(string kind)
    {
        var value = Kinds[kind];

        var restored = RestoredValues(new Dictionary<string, object?> { ["value"] = value })["value"];

        Assert.Equal(value?.GetType(), restored?.GetType());
        Assert.Equal(value, restored);
    }

    [Fact]
    public void Read_DecimalValue_KeepsItsScale()
    {
        var restored = (decimal)RestoredValues(new Dictionary<string, object?> { ["amount"] = 100.00m })["amount"]!;

        Assert.Equal(2, restored.Scale);
    }

    [Fact]
    public void Read_FindingValues_KeepTheirOrder()
    {
        var values = new OrderedDictionary<string, object?>(Kinds.Reverse());

        Assert.Equal(values.Keys, RestoredValues(values).Keys);
    }

    [Fact]
    public void Read_CollectionValue_IsAnArrayOfItsValues()
    {
        var restored = RestoredValues(new Dictionary<string, object?> { ["unsupported"] = new List<string> { "IPV6", "BGP" }, ["mixed"] = new object?[] { 1.5m, 2, null, new[] { "x" } } });

        Assert.Equal(new object?[] { "IPV6", "BGP" }, Assert.IsType<object?[]>(restored["unsupported"]));
        var mixed = Assert.IsType<object?[]>(restored["mixed"]);
        Assert.Equal([typeof(decimal), typeof(int), null, typeof(object[])], mixed.Select(v => v?.GetType()));
        Assert.Equal(new object?[] { "x" }, (object?[])mixed[3]!);
    }

    [Fact]
    public void Read_ValueOfAHostsOwnTypes_IsItsText()
    {
        var restored = RestoredValues(new Dictionary<string, object?> { ["zone"] = ExportZone.Embargoed, ["licence"] = new Licence("EX-7") });

        Assert.Equal("Embargoed", restored["zone"]);
        Assert.Equal("Licence { Number = EX-7 }", restored["licence"]);
    }

    [Fact]
    public void WriteReadWrite_ValueOfAHostsOwnType_GivesTheSameDocument()
    {
        var written = OrderStateDocument.Write(StateWith(Finding(new Dictionary<string, object?> { ["zone"] = ExportZone.Embargoed })));

        Assert.Equal(written, OrderStateDocument.Write(OrderStateDocument.Read(written)));
    }

    [Fact]
    public void Write_DecimalAndIntValues_AreANumberAndATaggedNumber()
    {
        var written = OrderStateDocument.Write(StateWith(Finding(new Dictionary<string, object?> { ["limit"] = 100.00m, ["days"] = 45 })));

        Assert.Contains("\"values\":[{\"name\":\"limit\",\"value\":100.00},{\"name\":\"days\",\"value\":{\"type\":\"int\",\"value\":45}}]", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CustomStage_IsTheStageOfThatName()
    {
        var exportControl = new ReviewStage("ExportControl");

        var decision = OrderStateDocument.Read(OrderStateDocument.Write(StateWith(Finding(new Dictionary<string, object?>(), exportControl), [ReviewStage.PreliminaryReview, exportControl]))).LatestReview!;

        Assert.Equal([ReviewStage.PreliminaryReview, exportControl], decision.StagesRun);
        Assert.Equal(exportControl, decision.Findings[0].Stage);
    }

    [Fact]
    public void Read_Decision_KeepsItsOutcomeLabelAndEffectiveDate()
    {
        var decision = OrderStateDocument.Read(OrderStateDocument.Write(StateWith(Finding(new Dictionary<string, object?>())))).LatestReview!;

        Assert.Equal((ReviewOutcome.OnHold, "2026.11", (LocalDate?)new LocalDate(2026, 11, 1)), (decision.Outcome, decision.RuleSetLabel, decision.RuleSetEffectiveDate));
        Assert.Equal((2, ReviewAction.CollectOverdue), (decision.Findings[0].LineNo, decision.Findings[0].Action));
    }

    [Fact]
    public void Write_FindingOfTheDefaultStage_ThrowsArgumentException()
    {
        var state = StateWith(Finding(new Dictionary<string, object?>(), default(ReviewStage)));

        Assert.Throws<ArgumentException>(() => OrderStateDocument.Write(state));
    }

    [Fact]
    public void Write_ValueThatContainsItself_ThrowsArgumentException()
    {
        var loop = new object?[1];
        loop[0] = loop;

        var error = Assert.Throws<ArgumentException>(() => OrderStateDocument.Write(StateWith(Finding(new Dictionary<string, object?> { ["loop"] = loop }))));

        Assert.Contains("contains itself", error.Message, StringComparison.Ordinal);
    }
}
