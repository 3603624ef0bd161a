using System.Text.RegularExpressions;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditRecordTests
{
    [Fact]
    public void Constructor_IndentedPayload_KeepsItInCompactForm()
    {
        var record = new AuditRecord(AuditRecords.Start, "li.lei", "SalesRep", "SO-1001", "CommandAccepted", "{\n  \"command\": \"Submit\",\n  \"lines\": [ 1, 2 ]\n}");

        Assert.Equal("""{"command":"Submit","lines":[1,2]}""", record.Payload);
    }

    [Fact]
    public void Constructor_NonAsciiText_IsKeptReadable()
    {
        var record = new AuditRecord(AuditRecords.Start, "王芳", null, null, "ExecutionReport", """{"note":"已发货 <ok> & 'done'"}""");

        Assert.Equal("""{"note":"已发货 <ok> & 'done'"}""", record.Payload);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{\"command\": ")]
    [InlineData("not json")]
    [InlineData("")]
    public void Constructor_PayloadNotAJsonObject_ThrowsNamingPayload(string payload)
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", "SalesRep", "SO-1", "CommandAccepted", payload));

        Assert.Equal("Payload", error.ParamName);
        Assert.Contains("payload", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1, 2]", "found an array")]
    [InlineData("\"text\"", "found a string")]
    [InlineData("42", "found a number")]
    [InlineData("true", "found true or false")]
    [InlineData("false", "found true or false")]
    [InlineData("null", "found null")]
    public void Constructor_PayloadAJsonValueOtherThanAnObject_SaysWhatWasFound(string payload, string found)
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, "CommandAccepted", payload));

        Assert.Equal($"The payload is not valid JSON: expected a JSON object, {found}. (Parameter 'Payload')", error.Message);
    }

    [Fact]
    public void Constructor_ActorAndOrderWithSurrogatePairs_AreKeptAsGiven()
    {
        var record = new AuditRecord(AuditRecords.Start, "王芳😀", "SalesRep", "订单-😀-1", "ExecutionReport", "{}");

        Assert.Equal(("王芳😀", "订单-😀-1"), (record.Actor, record.OrderId));
    }

    /// <summary>The actors are written with <c>\u</c> escapes, so that test data holds no unpaired surrogate itself.</summary>
    [Theory]
    [InlineData(@"\ud83dli", 0)]
    [InlineData(@"li\ud83d", 2)]
    [InlineData(@"li\ude00", 2)]
    [InlineData(@"l\ud83d\ud83di", 1)]
    [InlineData(@"\ud83d\ude00\ude00", 2)]
    public void Constructor_ActorWithUnpairedSurrogate_SaysWhere(string escapedActor, int position)
    {
        var actor = Regex.Unescape(escapedActor);

        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, actor, null, null, "ExecutionReport", "{}"));

        Assert.Equal($"The actor has an unpaired surrogate character at position {position}; it is not valid text. (Parameter 'Actor')", error.Message);
    }

    [Fact]
    public void Constructor_OrderIdWithUnpairedSurrogate_ThrowsNamingOrderId()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, "SO-\udc00", "ExecutionReport", "{}"));

        Assert.Equal("OrderId", error.ParamName);
        Assert.StartsWith("The order id has an unpaired surrogate character at position 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoRoleAndNoOrder_AreKeptAsNull()
    {
        var record = new AuditRecord(AuditRecords.Start, "scheduler", null, null, "ExecutionReport", "{}");

        Assert.Equal(((string?)null, (string?)null), (record.Role, record.OrderId));
    }

    [Fact]
    public void Constructor_PayloadWithAPropertyTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, "CommandAccepted", """{"command":"Submit","command":"Confirm"}"""));

        Assert.Equal("Payload", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankActor_ThrowsNamingActor(string actor)
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, actor, null, null, "ExecutionReport", "{}"));

        Assert.Equal("Actor", error.ParamName);
        Assert.Contains("who acted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullActor_ThrowsArgumentNullNamingActor()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AuditRecord(AuditRecords.Start, null!, null, null, "ExecutionReport", "{}"));

        Assert.Equal("Actor", error.ParamName);
    }

    [Fact]
    public void Constructor_NullPayload_ThrowsArgumentNullNamingPayload()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, "ExecutionReport", null!));

        Assert.Equal("Payload", error.ParamName);
    }

    [Fact]
    public void Constructor_BlankOrderId_ThrowsNamingOrderId()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, " ", "ExecutionReport", "{}"));

        Assert.Equal("OrderId", error.ParamName);
        Assert.StartsWith("The order id is blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KindNotAName_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, "Execution Report", "{}"));

        Assert.Equal("Kind", error.ParamName);
        Assert.StartsWith("The kind 'Execution Report' is not a name: give 1 to 64 ASCII letters and digits, beginning with a letter.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullKind_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, null!, "{}"));

        Assert.Equal("Kind", error.ParamName);
    }

    [Fact]
    public void Constructor_RoleNotAName_ThrowsNamingRole()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", "99", null, "ExecutionReport", "{}"));

        Assert.Equal("Role", error.ParamName);
        Assert.StartsWith("The role '99' is not a name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A", true)]
    [InlineData("HeadOfOrderConfirmation", true)]
    [InlineData("Auditor2", true)]
    [InlineData("", false)]
    [InlineData("2ndLine", false)]
    [InlineData("Head Of", false)]
    [InlineData("Head-Of", false)]
    [InlineData("Café", false)]
    public void AuditName_IsValid_AsciiLettersAndDigitsBeginningWithALetter(string text, bool expected)
    {
        Assert.Equal(expected, AuditName.IsValid(text));
    }

    [Fact]
    public void AuditName_IsValid_AtMost64Characters()
    {
        Assert.Equal((true, false, false), (AuditName.IsValid(new string('a', 64)), AuditName.IsValid(new string('a', 65)), AuditName.IsValid(null)));
    }

    [Fact]
    public void Constructor_ActorWithUnpairedSurrogate_ThrowsNamingActor()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li\ud800", null, null, "ExecutionReport", "{}"));

        Assert.Equal("Actor", error.ParamName);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PayloadWithUnpairedSurrogateEscape_ThrowsNamingPayload()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, "ExecutionReport", """{"note":"\ud800"}"""));

        Assert.Equal("Payload", error.ParamName);
        Assert.StartsWith("The payload has text that is not valid Unicode", error.Message, StringComparison.Ordinal);
    }
}
