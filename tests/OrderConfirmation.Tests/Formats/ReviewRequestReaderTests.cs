using System.Text.Json.Nodes;
using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Formats;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Formats;

public sealed class ReviewRequestReaderTests
{
    private const string Source = "request-under-test.json";

    private static ReviewFacts Read(JsonNode request) => ReviewRequestReader.Read(RequestJson.Bytes(request), Source);

    private static ReviewFacts Read(Action<JsonObject> change) => Read(RequestJson.Example(change));

    private static RequestFormatException ReadFails(string json) =>
        Assert.Throws<RequestFormatException>(() => ReviewRequestReader.Read(RequestJson.Bytes(json), Source));

    private static RequestFormatException ReadFails(Action<JsonObject> change) =>
        Assert.Throws<RequestFormatException>(() => Read(change));

    [Fact]
    public void ReadFile_IssueExample_ReadsTheOrderHeader()
    {
        var order = ReviewRequestReader.ReadFile(RequestJson.ExamplePath).Order;

        Assert.Equal("SO-1001", order.OrderId);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 1, 15), order.ReceivedAt);
        Assert.Equal("sales.li", order.EnteredBy);
        Assert.Equal("CNY", order.Currency);
        Assert.Equal(new LocalDate(2026, 12, 15), order.RequestedDeliveryDate);
        Assert.Equal(PaymentTerms.Net30, order.PaymentTerms);
        Assert.Null(order.RequestedDeliveryAddress);
        Assert.Equal("Install before 09:00", order.SpecialRequirements);
    }

    [Fact]
    public void ReadFile_IssueExample_ReadsTheCustomer()
    {
        var customer = ReviewRequestReader.ReadFile(RequestJson.ExamplePath).Order.Customer;

        Assert.Equal("C-001", customer.CustomerId);
        Assert.Equal("Acme Network Ltd", customer.Name);
        Assert.Equal(new ContactDetails("Wang Fang", "+86 10 5555 0101", "wf@acme.example"), customer.Contact);
        Assert.Equal(new PostalAddress("1 Zhongguancun St", "Beijing", "100080", "CN"), customer.Address);
    }

    [Fact]
    public void ReadFile_IssueExample_ReadsTheLineWithDecimalQuantityAndPrice()
    {
        var line = Assert.Single(ReviewRequestReader.ReadFile(RequestJson.ExamplePath).Order.Lines);

        Assert.Equal(1, line.LineNo);
        Assert.Equal("CLOUD-HOST-8C", line.Sku);
        Assert.Equal("Cloud host, 8 vCPU", line.Description);
        Assert.Equal(10m, line.Quantity);
        Assert.Equal(1200.00m, line.UnitPrice);
        Assert.Equal(["IPV6"], line.Requirements);
    }

    [Fact]
    public void ReadFile_IssueExample_ReadsTheCreditProfile()
    {
        var credit = ReviewRequestReader.ReadFile(RequestJson.ExamplePath).Credit;

        Assert.NotNull(credit);
        Assert.Equal(new CreditProfile(100_000m, 20_000m, 0m, 0m, 0, 0, blocked: false), credit);
    }

    [Fact]
    public void ReadFile_IssueExample_ReadsSupplyAndCapabilities()
    {
        var facts = ReviewRequestReader.ReadFile(RequestJson.ExamplePath);

        var (sku, position) = Assert.Single(facts.Supply);
        Assert.Equal("CLOUD-HOST-8C", sku);
        Assert.Equal(new SupplyPosition(50m, 3), position);
        Assert.Equal(new HashSet<string>(StringComparer.Ordinal) { "IPV6", "SLA-99.9" }, facts.Capabilities);
    }

    [Fact]
    public void ReadFile_IssueExample_ReadsTheInstantAndTimeZone()
    {
        var facts = ReviewRequestReader.ReadFile(RequestJson.ExamplePath);

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 2, 0), facts.EvaluatedAt);
        Assert.Equal("Asia/Shanghai", facts.TimeZone.Id);
        Assert.Equal(new LocalDate(2026, 11, 20), facts.Today);
    }

    [Fact]
    public void ReadFile_IssueExample_IsReadyToConfirm()
    {
        var decision = DefaultRules.Review(ReviewRequestReader.ReadFile(RequestJson.ExamplePath));

        Assert.Equal(ReviewOutcome.ReadyToConfirm, decision.Outcome);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void Read_PriceWithManyDecimals_KeepsItExactly()
    {
        var facts = Read(r => r.Line(0)["unitPrice"] = JsonNode.Parse("1234567890.123456789"));

        Assert.Equal(1234567890.123456789m, facts.Order.Lines[0].UnitPrice);
    }

    [Fact]
    public void Read_FractionalQuantity_ReadsItAsDecimal()
    {
        var facts = Read(r => r.Line(0)["quantity"] = JsonNode.Parse("0.1"));

        Assert.Equal(0.1m, facts.Order.Lines[0].Quantity);
    }

    [Fact]
    public void Read_OrderWithoutCustomer_ReadsTheEmptyCustomer()
    {
        var facts = Read(r => r.Order().Remove("customer"));

        Assert.Equal(Customer.Empty, facts.Order.Customer);
    }

    [Fact]
    public void Read_OrderWithoutLines_ReadsNoLines()
    {
        var facts = Read(r => r.Order().Remove("lines"));

        Assert.Empty(facts.Order.Lines);
    }

    [Fact]
    public void Read_OrderWithoutPaymentTerms_ReadsNoTerms()
    {
        var facts = Read(r => r.Order().Remove("paymentTerms"));

        Assert.Null(facts.Order.PaymentTerms);
    }

    [Fact]
    public void Read_OrderWithoutOrderId_ReadsNoOrderId()
    {
        var facts = Read(r => r.Order().Remove("orderId"));

        Assert.Null(facts.Order.OrderId);
    }

    [Fact]
    public void Read_OrderWithoutCustomerLinesAndTerms_ReviewNeedsClarificationNamingEach()
    {
        var facts = Read(r =>
        {
            r.Order().Remove("customer");
            r.Order().Remove("lines");
            r.Order().Remove("paymentTerms");
        });

        var decision = DefaultRules.Review(facts);

        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
        Assert.Contains(decision.Findings, f => f.Rule == "CustomerNamePresent");
        Assert.Contains(decision.Findings, f => f.Rule == "OrderHasLines");
        Assert.Contains(decision.Findings, f => f.Rule == "PaymentTermsKnown");
    }

    [Fact]
    public void Read_UnknownPaymentTerms_ReadsNoTerms()
    {
        var facts = Read(r => r.Order()["paymentTerms"] = "Net90");

        Assert.Null(facts.Order.PaymentTerms);
    }

    [Fact]
    public void Read_LineWithoutLineNo_NumbersItByPosition()
    {
        var facts = Read(r =>
        {
            r.Order()["lines"]!.AsArray().Add(JsonNode.Parse("""{ "sku": "CLOUD-HOST-8C", "quantity": 1, "unitPrice": 5 }"""));
        });

        Assert.Equal(2, facts.Order.Lines[1].LineNo);
    }

    [Fact]
    public void Read_NullCredit_ReadsNoCreditProfile()
    {
        var facts = Read(r => r.Facts()["credit"] = null);

        Assert.Null(facts.Credit);
    }

    [Fact]
    public void Read_AsOfWithOffset_ReadsTheSameInstant()
    {
        var facts = Read(r => r.Facts()["asOf"] = "2026-11-20T10:00:00+08:00");

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 2, 0), facts.EvaluatedAt);
    }

    [Fact]
    public void Read_QuantityOfWrongType_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Line(0)["quantity"] = "ten");

        Assert.Equal("order.lines[0].quantity", error.Field);
    }

    [Fact]
    public void Read_QuantityOfWrongType_MessageNamesTheSourceAndTheField()
    {
        var error = ReadFails(r => r.Line(0)["quantity"] = "ten");

        Assert.Equal(Source, error.Source);
        Assert.StartsWith($"{Source}: order.lines[0].quantity: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuantityOfWrongType_MessageSaysWhatIsExpectedWithoutDotNetTypes()
    {
        var error = ReadFails(r => r.Line(0)["quantity"] = "ten");

        Assert.Contains("a number", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_InvalidFile_MessageNamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oc-reader-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, RequestJson.Example(r => r.Line(0)["quantity"] = "ten").ToJsonString());
        try
        {
            var error = Assert.Throws<RequestFormatException>(() => ReviewRequestReader.ReadFile(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsIOException()
    {
        var path = Path.Combine(Path.GetTempPath(), $"oc-reader-{Guid.NewGuid():N}.json");

        Assert.ThrowsAny<IOException>(() => ReviewRequestReader.ReadFile(path));
    }

    [Fact]
    public void Read_MalformedJson_FailsNamingTheSource()
    {
        var error = ReadFails("""{ "order": { "orderId": "SO-1" """);

        Assert.Equal(Source, error.Source);
        Assert.StartsWith($"{Source}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_MessageGivesTheLine()
    {
        var error = ReadFails("{\n  \"order\": {\n    \"orderId\": SO-1\n  }\n}");

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_Fails()
    {
        var error = ReadFails(string.Empty);

        Assert.Equal(Source, error.Source);
    }

    [Fact]
    public void Read_JsonArray_FailsForTheWholeRequest()
    {
        var error = ReadFails("""[ { "order": {}, "facts": {} } ]""");

        Assert.Equal(string.Empty, error.Field);
    }

    [Fact]
    public void Read_JsonArray_MessageSaysItIsNotAReviewRequest()
    {
        var error = ReadFails("""[ { "order": {}, "facts": {} } ]""");

        Assert.Contains("not a review request", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("OrderConfirmation.Formats", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonNull_FailsForTheWholeRequest()
    {
        var error = ReadFails("null");

        Assert.Equal(string.Empty, error.Field);
    }

    [Fact]
    public void Read_ObjectWithoutOrder_FailsAsNotAReviewRequest()
    {
        var error = ReadFails("""{ "rules": [], "facts": { "asOf": "2026-11-20T02:00:00Z" } }""");

        Assert.Equal("order", error.Field);
        Assert.Contains("not a review request", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_OrderThatIsNotAnObject_FailsNamingOrder()
    {
        var error = ReadFails(r => r["order"] = "SO-1001");

        Assert.Equal("order", error.Field);
    }

    [Fact]
    public void Read_RequestWithoutFacts_FailsNamingFacts()
    {
        var error = ReadFails(r => r.Remove("facts"));

        Assert.Equal("facts", error.Field);
    }

    [Fact]
    public void Read_MalformedDeliveryDate_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Order()["requestedDeliveryDate"] = "15/12/2026");

        Assert.Equal("order.requestedDeliveryDate", error.Field);
        Assert.Contains("15/12/2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedReceivedAt_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Order()["receivedAt"] = "yesterday");

        Assert.Equal("order.receivedAt", error.Field);
    }

    [Fact]
    public void Read_OrderWithoutReceivedAt_ReadsNoReceiptTime()
    {
        var facts = Read(r => r.Order().Remove("receivedAt"));

        Assert.Null(facts.Order.ReceivedAt);
    }

    [Fact]
    public void Read_OrderWithoutReceivedAt_ReviewNeedsClarification()
    {
        var decision = DefaultRules.Review(Read(r => r.Order().Remove("receivedAt")));

        Assert.Equal(ReviewOutcome.NeedsClarification, decision.Outcome);
        Assert.Contains(decision.Findings, f => f.Rule == "ReceiptTimeRecorded");
    }

    [Fact]
    public void Read_MissingAsOf_FailsNamingIt()
    {
        var error = ReadFails(r => r.Facts().Remove("asOf"));

        Assert.Equal("facts.asOf", error.Field);
        Assert.Contains("facts.asOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTimeZone_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Facts()["timeZone"] = "Mars/Olympus_Mons");

        Assert.Equal("facts.timeZone", error.Field);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeCreditLimit_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Facts()["credit"]!["creditLimit"] = -1);

        Assert.Equal("facts.credit.creditLimit", error.Field);
    }

    [Fact]
    public void Read_NegativeOverdueDays_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Facts()["credit"]!["daysOverdue"] = -3);

        Assert.Equal("facts.credit.daysOverdue", error.Field);
    }

    [Fact]
    public void Read_CreditWithoutLimit_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Facts()["credit"]!.AsObject().Remove("creditLimit"));

        Assert.Equal("facts.credit.creditLimit", error.Field);
    }

    [Fact]
    public void Read_NullSupplyPosition_FailsNamingTheSku()
    {
        var error = ReadFails(r => r.Facts()["supply"]!["CLOUD-HOST-8C"] = null);

        Assert.Equal("facts.supply.CLOUD-HOST-8C", error.Field);
    }

    [Fact]
    public void Read_NegativeLeadTime_FailsNamingTheField()
    {
        var error = ReadFails(r => r.Facts()["supply"]!["CLOUD-HOST-8C"]!["leadTimeDays"] = -1);

        Assert.Equal("facts.supply.CLOUD-HOST-8C.leadTimeDays", error.Field);
    }

    [Fact]
    public void Read_EmptyRequirementCode_FailsNamingTheCode()
    {
        var error = ReadFails(r => r.Line(0)["requirements"] = new JsonArray("IPV6", " "));

        Assert.Equal("order.lines[0].requirements[1]", error.Field);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsTheRequest()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. RequestJson.Bytes(RequestJson.Example())];

        var facts = ReviewRequestReader.Read(content, Source);

        Assert.Equal("SO-1001", facts.Order.OrderId);
    }
}
