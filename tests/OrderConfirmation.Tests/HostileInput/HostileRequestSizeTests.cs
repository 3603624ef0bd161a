using System.Text;
using System.Text.Json.Nodes;
using OrderConfirmation.Formats;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>Absurdly large requests are refused by <see cref="RequestLimits"/>, naming the limit, before they cost memory or time.</summary>
public sealed class HostileRequestSizeTests(HundredMegabyteRequestFile hugeFile) : IClassFixture<HundredMegabyteRequestFile>
{
    private const long MaxAllocatedWhileRefusing = 1024 * 1024;

    [Fact]
    public void ReviewReadFile_100MegabyteFile_IsRefusedWithoutReadingIt()
    {
        Assert.Equal(HundredMegabyteRequestFile.Size, new FileInfo(hugeFile.Path).Length);
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<RequestFormatException>(() => ReviewRequestReader.ReadFile(hugeFile.Path));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, MaxAllocatedWhileRefusing);
        Assert.Equal(hugeFile.Path, error.Source);
        Assert.Equal(string.Empty, error.Field);
        Assert.Equal("The request is 100 MB (104,857,600 bytes); at most 4 MB (4,194,304 bytes) is accepted (RequestLimits.MaxBytes). The file was not read.", error.Problem);
    }

    [Fact]
    public void ChangeReadFile_100MegabyteFile_IsRefusedWithoutReadingIt()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<RequestFormatException>(() => ChangeRequestReader.ReadFile(hugeFile.Path, RequestLimits.Default));

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - allocated, 0, MaxAllocatedWhileRefusing);
        Assert.Equal(string.Empty, error.Field);
        Assert.Contains("The file was not read.", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_SampleWithinLimits_ReadsAsWithoutLimits()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "requests", "01-ready-to-confirm.json");

        var facts = ReviewRequestReader.ReadFile(path, new RequestLimits { MaxBytes = 4096, MaxLines = 1, MaxTextLength = 30 });

        Assert.Equivalent(ReviewRequestReader.ReadFile(path).Order, facts.Order, strict: true);
    }

    [Fact]
    public void Read_BufferOverMaxBytes_IsRefusedBeforeParsing()
    {
        var garbage = Enumerable.Repeat((byte)'{', RequestLimits.DefaultMaxBytes + 1).ToArray();

        var error = HostileJson.ReviewFails(garbage);

        Assert.Equal("The request is 4 MB (4,194,305 bytes); at most 4 MB (4,194,304 bytes) is accepted (RequestLimits.MaxBytes).", error.Problem);
    }

    [Fact]
    public void Read_SampleOverACustomByteLimit_IsRefusedNamingTheLimit()
    {
        var json = HostileJson.Change(_ => { });

        var error = HostileJson.ChangeFails(json, new RequestLimits { MaxBytes = 100 });

        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The request is {json.Length:N0} bytes; at most 100 bytes is accepted (RequestLimits.MaxBytes)."), error.Problem);
    }

    [Fact]
    public void Read_100000OrderLines_IsRefusedNamingOrderLines()
    {
        var json = HostileJson.Review(r => r.Order()["lines"] = "LINES", "LINES", ManyLines(100_000));

        var error = HostileJson.ReviewFails(json);

        Assert.Equal("order.lines", error.Field);
        Assert.Equal("100,000 lines; at most 10,000 (RequestLimits.MaxLines).", error.Problem);
    }

    [Fact]
    public void ChangeRead_100000OrderLines_IsRefusedNamingOrderLines()
    {
        var json = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(HostileJson.Change(r => r.Order()["lines"] = "LINES")).Replace("\"LINES\"", ManyLines(100_000), StringComparison.Ordinal));

        var error = HostileJson.ChangeFails(json);

        Assert.Equal("order.lines", error.Field);
        Assert.Equal("100,000 lines; at most 10,000 (RequestLimits.MaxLines).", error.Problem);
    }

    [Fact]
    public void ChangeRead_1001LineEntries_IsRefusedNamingChangeLines()
    {
        var entries = new JsonArray([.. Enumerable.Range(1, 1_001).Select(i => (JsonNode)new JsonObject { ["lineNo"] = i, ["quantity"] = 1 })]);

        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Changes()["lines"] = entries));

        Assert.Equal("change.lines", error.Field);
        Assert.Equal("1,001 line entries; at most 1,000 (RequestLimits.MaxChangeLines).", error.Problem);
    }

    [Fact]
    public void Read_OrderLinesAtTheLimit_IsReviewed()
    {
        var json = HostileJson.Review(r => r.Order()["lines"] = "LINES", "LINES", ManyLines(50));

        var facts = HostileJson.ReadReview(json, new RequestLimits { MaxLines = 50 });

        Assert.Equal(50, facts.Order.Lines.Count);
    }

    [Theory]
    [InlineData("order.customer.name")]
    [InlineData("order.orderId")]
    [InlineData("order.specialRequirements")]
    [InlineData("order.customer.contact.email")]
    [InlineData("order.customer.address.street")]
    [InlineData("order.lines[0].description")]
    [InlineData("order.lines[0].requirements[0]")]
    [InlineData("facts.capabilities[1]")]
    [InlineData("facts.timeZone")]
    public void Read_MillionCharacterText_IsRefusedNamingTheField(string field)
    {
        var json = HostileJson.Review(r => HostileJson.Set(r, field, new string('N', 1_000_000)));

        var error = HostileJson.ReviewFails(json);

        Assert.Equal(field, error.Field);
        Assert.Equal("1,000,000 characters; at most 10,000 (RequestLimits.MaxTextLength).", error.Problem);
    }

    [Fact]
    public void Read_MillionCharacterSku_AsASupplyKey_IsRefusedNamingSupply()
    {
        var sku = new string('S', 1_000_000);
        var json = HostileJson.Review(r => r.Facts()["supply"]!.AsObject()[sku] = new JsonObject { ["available"] = 1, ["leadTimeDays"] = 1 });

        var error = HostileJson.ReviewFails(json);

        Assert.Equal("facts.supply", error.Field);
        Assert.Equal("A SKU (a key) of 1,000,000 characters; at most 10,000 (RequestLimits.MaxTextLength).", error.Problem);
    }

    [Fact]
    public void ChangeRead_MillionCharacterReason_IsRefusedNamingTheField()
    {
        var error = HostileJson.ChangeFails(HostileJson.Change(r => r.Changes()["reason"] = new string('r', 1_000_000)));

        Assert.Equal("change.reason", error.Field);
        Assert.Equal("1,000,000 characters; at most 10,000 (RequestLimits.MaxTextLength).", error.Problem);
    }

    [Fact]
    public void Read_MillionCharacterName_WithARaisedTextLimit_IsRead()
    {
        var json = HostileJson.Review(r => r.Order()["customer"]!["name"] = new string('n', 1_000_000));

        var facts = HostileJson.ReadReview(json, new RequestLimits { MaxTextLength = 1_000_000 });

        Assert.Equal(1_000_000, facts.Order.Customer.Name!.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RequestLimits_NotPositive_Throws(int value)
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLimits { MaxBytes = value }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLimits { MaxLines = value }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLimits { MaxChangeLines = value }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new RequestLimits { MaxTextLength = value }).ParamName);
    }

    [Fact]
    public void RequestLimits_Default_HasTheDocumentedValues()
    {
        Assert.Equal(
            (4 * 1024 * 1024, 10_000, 1_000, 10_000),
            (RequestLimits.Default.MaxBytes, RequestLimits.Default.MaxLines, RequestLimits.Default.MaxChangeLines, RequestLimits.Default.MaxTextLength));
    }

    [Fact]
    public void Read_NullLimits_Throws()
    {
        Assert.Equal("limits", Assert.Throws<ArgumentNullException>(() => ReviewRequestReader.Read("{}"u8, "x", null!)).ParamName);
    }

    /// <summary>Lines of 15 bytes each, so that 100,000 of them stay within the byte limit.</summary>
    private static string ManyLines(int count) =>
        "[" + string.Join(",", Enumerable.Repeat("{\"quantity\":1}", count)) + "]";
}
