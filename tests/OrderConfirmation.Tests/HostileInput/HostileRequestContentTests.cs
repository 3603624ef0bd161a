using System.Text;
using System.Text.Json.Nodes;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>
/// Malformed JSON, wrong types, missing sections, deep nesting, numbers beyond range and values the domain refuses
/// are each a <see cref="RequestFormatException"/> naming the field, never another exception.
/// </summary>
public sealed class HostileRequestContentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"order\":")]
    [InlineData("{\"order\":{},\"facts\":{}")]
    [InlineData("{'order':{}}")]
    [InlineData("{\"order\":{},\"facts\":{}} trailing")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"a request\"")]
    [InlineData("null")]
    [InlineData("{\"order\":NaN}")]
    [InlineData("{\"order\":{\"lines\":[{\"quantity\":Infinity}]},\"facts\":{}}")]
    [InlineData("\uFEFF")]
    public void Read_MalformedJson_IsARequestFormatException(string json)
    {
        var error = HostileJson.ReviewFails(Encoding.UTF8.GetBytes(json));

        Assert.NotEmpty(error.Problem);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    [InlineData("\uFEFF  ")]
    public void Read_EmptyRequest_SaysItIsEmpty(string json)
    {
        Assert.Equal("The request is empty: expected a JSON object with 'order' and 'facts'.", HostileJson.ReviewFails(Encoding.UTF8.GetBytes(json)).Problem);
        Assert.Equal("The request is empty: expected a JSON object with 'order', 'change' and 'facts'.", HostileJson.ChangeFails(Encoding.UTF8.GetBytes(json)).Problem);
    }

    [Fact]
    public void Read_InvalidUtf8InAText_IsRefusedNamingTheField()
    {
        byte[] json = [.. "{\"order\":{\"orderId\":\""u8, 0xC3, 0x28, .. "\"},\"facts\":{}}"u8];

        var error = HostileJson.ReviewFails(json);

        Assert.Equal("order.orderId", error.Field);
        Assert.StartsWith("The text is not valid UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order", "Not a review request: the 'order' object is missing.")]
    [InlineData("facts", "Not a review request: the 'facts' object is missing.")]
    public void Read_MissingSection_IsRefusedNamingIt(string section, string problem)
    {
        var error = HostileJson.ReviewFails(HostileJson.Review(r => r.Remove(section)));

        Assert.Equal((section, problem), (error.Field, error.Problem));
    }

    [Fact]
    public void ChangeRead_MissingChange_IsRefusedNamingIt()
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Remove("change")));

        Assert.Equal("change", error.Field);
    }

    [Theory]
    [InlineData("order", "[]", "expected an object")]
    [InlineData("order.lines", "{}", "expected an array")]
    [InlineData("order.lines[0].quantity", "\"ten\"", "expected a number")]
    [InlineData("order.lines[0].lineNo", "true", "expected a whole number")]
    [InlineData("order.customer", "\"Acme\"", "expected an object")]
    [InlineData("facts.credit.blocked", "\"no\"", "expected true or false")]
    [InlineData("facts.supply", "[]", "expected an object")]
    [InlineData("facts.capabilities", "\"IPV6\"", "expected an array of strings")]
    [InlineData("facts.capabilities[0]", "1", "expected a string")]
    public void Read_WrongType_IsRefusedNamingTheField(string field, string value, string expected)
    {
        var error = HostileJson.ReviewFails(HostileJson.ReviewWith(field, value));

        Assert.Equal(field, error.Field);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.lines[0].quantity", "1e400")]
    [InlineData("order.lines[0].unitPrice", "-1e400")]
    [InlineData("order.lines[0].quantity", "79228162514264337593543950336")]
    [InlineData("facts.credit.creditLimit", "1E+309")]
    [InlineData("facts.supply.CLOUD-HOST-8C.available", "1e29")]
    public void Read_DecimalOverflow_IsRefusedNamingTheField(string field, string number)
    {
        var error = HostileJson.ReviewFails(HostileJson.ReviewWith(field, number));

        Assert.Equal(field, error.Field);
        Assert.StartsWith($"'{number}' is out of range: a number here must lie between -79228162514264337593543950335 and 79228162514264337593543950335.", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThousandDigitNumber_IsRefusedWithTheNumberShortened()
    {
        var error = HostileJson.ReviewFails(HostileJson.ReviewWith("order.lines[0].quantity", "1" + new string('0', 1_000)));

        Assert.StartsWith("'1000000000000000000000000000000000000000…' (1,001 characters) is out of range", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order.lines[0].lineNo", "3000000000", "'3000000000' is out of range: a whole number here must lie between -2147483648 and 2147483647.")]
    [InlineData("facts.credit.daysOverdue", "1e10", "'1e10' is out of range: a whole number here must lie between -2147483648 and 2147483647.")]
    [InlineData("facts.credit.badDebtRecords", "1.5", "'1.5' is not a whole number.")]
    [InlineData("facts.supply.CLOUD-HOST-8C.leadTimeDays", "1e400", "'1e400' is out of range: a whole number here must lie between -2147483648 and 2147483647.")]
    [InlineData("order.lines[0].lineNo", "79228162514264337593543950336", "'79228162514264337593543950336' is out of range: a whole number here must lie between -2147483648 and 2147483647.")]
    [InlineData("facts.credit.daysOverdue", "2.000001", "'2.000001' is not a whole number.")]
    public void Read_WholeNumberOutOfRange_IsRefusedNamingTheField(string field, string number, string problem)
    {
        var error = HostileJson.ReviewFails(HostileJson.ReviewWith(field, number));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"deep\":{0}}", "deep")]
    [InlineData("{\"order\":{\"customer\":{\"notes\":{0}}},\"facts\":{}}", "order.customer.notes")]
    [InlineData("{\"order\":{\"lines\":[{\"notes\":{0}}]},\"facts\":{}}", "order.lines[0].notes")]
    public void Read_Nesting10000Deep_IsRefusedAtTheMaximumDepth(string template, string field)
    {
        foreach (var (open, close) in new[] { ("[", "]"), ("{\"a\":", "}") })
        {
            var nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));

            var error = HostileJson.ReviewFails(Encoding.UTF8.GetBytes(template.Replace("{0}", nested, StringComparison.Ordinal)));

            Assert.StartsWith(field, error.Field, StringComparison.Ordinal);
            Assert.Contains("depth of 64", error.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Nesting10000DeepWhereATextBelongs_IsAWrongType()
    {
        var json = HostileJson.Review(r => r.Order()["orderId"] = "DEEP", "DEEP", new string('[', 10_000) + new string(']', 10_000));

        var error = HostileJson.ReviewFails(json);

        Assert.Equal(("order.orderId", "The value has the wrong type: expected a string."), (error.Field, error.Problem[..error.Problem.IndexOf(" (line", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("facts.credit.creditLimit", "-1", "facts.credit.creditLimit")]
    [InlineData("facts.credit.daysOverdue", "-3", "facts.credit.daysOverdue")]
    [InlineData("facts.supply.CLOUD-HOST-8C.available", "-0.5", "facts.supply.CLOUD-HOST-8C.available")]
    [InlineData("facts.supply.CLOUD-HOST-8C.leadTimeDays", "-1", "facts.supply.CLOUD-HOST-8C.leadTimeDays")]
    public void Read_NegativeCreditOrSupply_IsRefusedNamingTheField(string field, string number, string expected)
    {
        var error = HostileJson.ReviewFails(HostileJson.ReviewWith(field, number));

        Assert.Equal((expected, "Must not be negative."), (error.Field, error.Problem));
    }

    [Fact]
    public void Read_NegativeZeroAmounts_AreReadAsZero()
    {
        var facts = HostileJson.ReadReview(HostileJson.ReviewWith("facts.credit.outstandingBalance", "-0.00"));

        Assert.Equal(0m, facts.Credit!.OutstandingBalance);
        Assert.False(decimal.IsNegative(facts.Credit.OutstandingBalance));
    }

    [Fact]
    public void ChangeRead_NegativeZeroShippedQuantity_IsReadAsNothingShipped()
    {
        // Found by HostileRequestMutationProperties: "-0" passed the reader's ">= 0" check, then OrderSnapshot threw ArgumentOutOfRangeException.
        var request = ChangeRequestReader.Read(HostileJson.Change(r => r.Line(1)["shippedQuantity"] = JsonNode.Parse("-0")), HostileJson.Source);

        Assert.Equal(0m, request.Current.ShippedOn(2));
    }

    [Theory]
    [InlineData("{\"lineNo\":2,\"remove\":true,\"quantity\":1}", "change.lines[0]", "Line 2: a removal cannot also set a quantity, price or other field.")]
    [InlineData("{\"lineNo\":2}", "change.lines[0]", "Line 2: the entry neither removes the line nor changes anything.")]
    [InlineData("{\"lineNo\":0,\"quantity\":1}", "change.lines[0].lineNo", "Must be 1 or more: the number of the line to change, remove or add.")]
    [InlineData("{\"lineNo\":-5,\"remove\":true}", "change.lines[0].lineNo", "Must be 1 or more: the number of the line to change, remove or add.")]
    [InlineData("{\"quantity\":1}", "change.lines[0].lineNo", "Required: the number of the line to change, remove or add.")]
    [InlineData("null", "change.lines[0]", "A line entry is null; remove it or give its fields.")]
    public void ChangeRead_LineEntryTheDomainRefuses_IsRefusedNamingTheEntry(string entry, string field, string problem)
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Changes()["lines"] = new JsonArray(JsonNode.Parse(entry))));

        Assert.Equal((field, problem), (error.Field, error.Problem));
    }

    [Fact]
    public void ChangeRead_TwoEntriesForOneLine_IsRefusedNamingChangeLines()
    {
        var entries = new JsonArray(new JsonObject { ["lineNo"] = 1, ["quantity"] = 2 }, new JsonObject { ["lineNo"] = 1, ["remove"] = true });

        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Changes()["lines"] = entries));

        Assert.Equal(("change.lines", "Change CR-7 has two entries for line 1."), (error.Field, error.Problem));
    }

    [Theory]
    [InlineData("revision", "0", "order.revision", "Must be 1 or more.")]
    [InlineData("status", "\"Shipped?\"", "order.status", "'Shipped?' is not one of")]
    [InlineData("status", "null", "order.status", "Required: one of")]
    public void ChangeRead_OrderStateTheDomainRefuses_IsRefusedNamingTheField(string property, string value, string field, string problem)
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Order()[property] = JsonNode.Parse(value)));

        Assert.Equal(field, error.Field);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeRead_NegativeShippedQuantity_IsRefusedNamingTheField()
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Line(0)["shippedQuantity"] = -1));

        Assert.Equal(("order.lines[0].shippedQuantity", "Must not be negative."), (error.Field, error.Problem));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("-9998-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59+14:00")]
    public void Read_InstantAtTheEdgeOfTime_IsRefusedNamingTheField(string asOf)
    {
        // Such an instant has no date in some time zones: the review could not tell its business date.
        var error = HostileJson.ReviewFails(HostileJson.Review(r => r.Facts()["asOf"] = asOf));

        Assert.Equal("facts.asOf", error.Field);
        Assert.Contains("is outside the supported range", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.asOf", "is not an ISO 8601 instant")]
    [InlineData("facts.timeZone", "is not a TZDB time zone")]
    [InlineData("order.requestedDeliveryDate", "is not an ISO 8601 date")]
    public void Read_LongMalformedText_IsQuotedShortened(string field, string problem)
    {
        var error = HostileJson.ReviewFails(HostileJson.Review(r => HostileJson.Set(r, field, new string('q', 9_000))));

        Assert.Equal(field, error.Field);
        Assert.Equal($"'{new string('q', 60)}…' (9,000 characters) {problem}", error.Problem[..error.Problem.IndexOf(problem, StringComparison.Ordinal)] + problem);
        Assert.InRange(error.Problem.Length, 0, 200);
    }

    [Fact]
    public void ChangeRead_RequestedAtAtTheEdgeOfTime_IsRefusedNamingTheField()
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Changes()["requestedAt"] = "9999-12-31T23:59:59Z"));

        Assert.Equal("change.requestedAt", error.Field);
    }
}
