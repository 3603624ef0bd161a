using System.Text.Json;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.Formats;

public sealed class DecisionJsonWriterTests
{
    private static readonly Instant EvaluatedAt = Instant.FromUtc(2026, 11, 20, 2, 0);

    private static readonly string[] DecisionProperties = ["orderId", "outcome", "stagesRun", "findings", "ruleSetVersion", "evaluatedAt"];

    private static readonly string[] FindingProperties = ["rule", "stage", "department", "severity", "outcome", "action", "message", "values"];

    private static ReviewFinding Finding(string name = "WithinCreditLimit", string message = "Over the limit.", params (string Name, object? Value)[] values) => new(
        name,
        ReviewStage.CreditAssessment,
        Department.Finance,
        FindingSeverity.Error,
        ReviewOutcome.OnHold,
        ReviewAction.CreditLimitExceeded,
        message,
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));

    private static ReviewDecision Decision(params ReviewFinding[] findings) =>
        new("SO-1009", [ReviewStage.PreliminaryReview, ReviewStage.CreditAssessment], findings, "sha256:0123456789abcdef", EvaluatedAt);

    private static JsonDocument Parse(ReviewDecision decision) => JsonDocument.Parse(DecisionJsonWriter.ToJson(decision));

    private static JsonElement OnlyValue(object? value)
    {
        using var json = Parse(Decision(Finding(values: ("value", value))));
        return json.RootElement.GetProperty("findings")[0].GetProperty("values").GetProperty("value").Clone();
    }

    private static string[] PropertyNames(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void ToJson_Decision_HasExactlyTheContractProperties()
    {
        using var json = Parse(Decision(Finding()));

        Assert.Equal(DecisionProperties, PropertyNames(json.RootElement));
    }

    [Fact]
    public void ToJson_Finding_HasEveryContractProperty()
    {
        using var json = Parse(Decision(Finding()));

        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.All(FindingProperties, name => Assert.True(finding.TryGetProperty(name, out _), $"missing '{name}'"));
    }

    [Fact]
    public void ToJson_Finding_HasExactlyTheContractProperties()
    {
        using var json = Parse(Decision(Finding()));

        Assert.Equal(FindingProperties, PropertyNames(json.RootElement.GetProperty("findings")[0]));
    }

    [Fact]
    public void ToJson_Decision_WritesOrderIdVersionAndOutcome()
    {
        using var json = Parse(Decision(Finding()));

        var root = json.RootElement;
        Assert.Equal("SO-1009", root.GetProperty("orderId").GetString());
        Assert.Equal("OnHold", root.GetProperty("outcome").GetString());
        Assert.Equal("sha256:0123456789abcdef", root.GetProperty("ruleSetVersion").GetString());
    }

    [Fact]
    public void ToJson_DecisionWithoutOrderId_WritesNull()
    {
        var decision = new ReviewDecision(null, [ReviewStage.PreliminaryReview], [], "v1", EvaluatedAt);

        using var json = Parse(decision);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("orderId").ValueKind);
    }

    [Fact]
    public void ToJson_ReadyDecision_WritesOutcomeNameAndEmptyFindings()
    {
        using var json = Parse(Decision());

        Assert.Equal("ReadyToConfirm", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void ToJson_StagesRun_IsAnArrayOfStageNames()
    {
        using var json = Parse(Decision());

        var stages = json.RootElement.GetProperty("stagesRun").EnumerateArray().Select(s => s.GetString());
        Assert.Equal(["PreliminaryReview", "CreditAssessment"], stages);
    }

    [Fact]
    public void ToJson_EvaluatedAt_IsAnIsoInstant()
    {
        using var json = Parse(Decision());

        Assert.Equal("2026-11-20T02:00:00Z", json.RootElement.GetProperty("evaluatedAt").GetString());
    }

    [Fact]
    public void ToJson_FindingEnums_AreWrittenAsNames()
    {
        using var json = Parse(Decision(Finding()));

        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("CreditAssessment", finding.GetProperty("stage").GetString());
        Assert.Equal("Finance", finding.GetProperty("department").GetString());
        Assert.Equal("Error", finding.GetProperty("severity").GetString());
        Assert.Equal("OnHold", finding.GetProperty("outcome").GetString());
        Assert.Equal("CreditLimitExceeded", finding.GetProperty("action").GetString());
    }

    [Fact]
    public void ToJson_Finding_WritesRuleAndMessage()
    {
        using var json = Parse(Decision(Finding("WithinCreditLimit", "Exposure 215000.00 EUR exceeds 200000.00 EUR.")));

        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("WithinCreditLimit", finding.GetProperty("rule").GetString());
        Assert.Equal("Exposure 215000.00 EUR exceeds 200000.00 EUR.", finding.GetProperty("message").GetString());
    }

    [Fact]
    public void ToJson_Findings_KeepTheirOrder()
    {
        using var json = Parse(Decision(Finding("B"), Finding("A"), Finding("C")));

        var rules = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString());
        Assert.Equal(["B", "A", "C"], rules);
    }

    [Fact]
    public void ToJson_Values_KeepTheirNamesInOrder()
    {
        using var json = Parse(Decision(Finding(values: [("exposure", 215000m), ("limit", 200000m), ("currency", "EUR")])));

        var values = json.RootElement.GetProperty("findings")[0].GetProperty("values");
        Assert.Equal(["exposure", "limit", "currency"], PropertyNames(values));
    }

    [Fact]
    public void ToJson_DecimalValue_IsAnExactNumber()
    {
        var value = OnlyValue(1234567890.123456789m);

        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.Equal(1234567890.123456789m, value.GetDecimal());
    }

    [Fact]
    public void ToJson_IntegerValue_IsANumber()
    {
        var value = OnlyValue(52);

        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.Equal(52, value.GetInt32());
    }

    [Fact]
    public void ToJson_LocalDateValue_IsAnIsoDateString()
    {
        var value = OnlyValue(new LocalDate(2027, 1, 4));

        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.Equal("2027-01-04", value.GetString());
    }

    [Fact]
    public void ToJson_EnumValue_IsItsName()
    {
        var value = OnlyValue(PaymentTerms.CashOnDelivery);

        Assert.Equal("CashOnDelivery", value.GetString());
    }

    [Fact]
    public void ToJson_ListValue_IsAnArray()
    {
        var value = OnlyValue(new List<string> { "MPLS", "BGP" });

        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        Assert.Equal(["MPLS", "BGP"], value.EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void ToJson_BooleanValue_IsABoolean()
    {
        var value = OnlyValue(true);

        Assert.Equal(JsonValueKind.True, value.ValueKind);
    }

    [Fact]
    public void ToJson_NullValue_IsNull()
    {
        var value = OnlyValue(null);

        Assert.Equal(JsonValueKind.Null, value.ValueKind);
    }

    [Fact]
    public void ToJson_MessageWithLineBreaks_IsOneLine()
    {
        var json = DecisionJsonWriter.ToJson(Decision(Finding(message: "First line.\nSecond line.\r\nThird.")));

        Assert.DoesNotContain('\n', json);
        Assert.DoesNotContain('\r', json);
    }

    [Fact]
    public void ToJson_MessageWithLineBreaks_RoundTripsTheMessage()
    {
        using var json = Parse(Decision(Finding(message: "First line.\nSecond line.")));

        Assert.Equal("First line.\nSecond line.", json.RootElement.GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void ToJson_NonAsciiMessage_RoundTrips()
    {
        using var json = Parse(Decision(Finding(message: "客户 \"Acme\" <b>超出</b> 信用额度 & more")));

        Assert.Equal("客户 \"Acme\" <b>超出</b> 信用额度 & more", json.RootElement.GetProperty("findings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Write_NullWriter_ThrowsNamingTheParameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => DecisionJsonWriter.Write(null!, Decision()));

        Assert.Equal("writer", error.ParamName);
    }

    [Fact]
    public void Write_NullDecision_ThrowsNamingTheParameter()
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        var error = Assert.Throws<ArgumentNullException>(() => DecisionJsonWriter.Write(writer, null!));

        Assert.Equal("decision", error.ParamName);
    }
}
