using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditRecordTests
{
    [Fact]
    public void Constructor_IndentedPayload_KeepsItInCompactForm()
    {
        var record = new AuditRecord(AuditRecords.Start, "li.lei", Role.SalesRep, "SO-1001", AuditEntryKind.CommandAccepted, "{\n  \"command\": \"Submit\",\n  \"lines\": [ 1, 2 ]\n}");

        Assert.Equal("""{"command":"Submit","lines":[1,2]}""", record.Payload);
    }

    [Fact]
    public void Constructor_NonAsciiText_IsKeptReadable()
    {
        var record = new AuditRecord(AuditRecords.Start, "王芳", null, null, AuditEntryKind.ExecutionReport, """{"note":"已发货 <ok> & 'done'"}""");

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
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", Role.SalesRep, "SO-1", AuditEntryKind.CommandAccepted, payload));

        Assert.Equal("Payload", error.ParamName);
        Assert.Contains("payload", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PayloadWithAPropertyTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, AuditEntryKind.CommandAccepted, """{"command":"Submit","command":"Confirm"}"""));

        Assert.Equal("Payload", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankActor_ThrowsNamingActor(string actor)
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, actor, null, null, AuditEntryKind.ExecutionReport, "{}"));

        Assert.Equal("Actor", error.ParamName);
        Assert.Contains("who acted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullActor_ThrowsArgumentNullNamingActor()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AuditRecord(AuditRecords.Start, null!, null, null, AuditEntryKind.ExecutionReport, "{}"));

        Assert.Equal("Actor", error.ParamName);
    }

    [Fact]
    public void Constructor_NullPayload_ThrowsArgumentNullNamingPayload()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, AuditEntryKind.ExecutionReport, null!));

        Assert.Equal("Payload", error.ParamName);
    }

    [Fact]
    public void Constructor_BlankOrderId_ThrowsNamingOrderId()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, " ", AuditEntryKind.ExecutionReport, "{}"));

        Assert.Equal("OrderId", error.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, (AuditEntryKind)99, "{}"));

        Assert.Equal("Kind", error.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedRole_ThrowsNamingRole()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AuditRecord(AuditRecords.Start, "li.lei", (Role)99, null, AuditEntryKind.ExecutionReport, "{}"));

        Assert.Equal("Role", error.ParamName);
    }

    [Fact]
    public void Constructor_ActorWithUnpairedSurrogate_ThrowsNamingActor()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li\ud800", null, null, AuditEntryKind.ExecutionReport, "{}"));

        Assert.Equal("Actor", error.ParamName);
        Assert.Contains("unpaired surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PayloadWithUnpairedSurrogateEscape_ThrowsNamingPayload()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditRecord(AuditRecords.Start, "li.lei", null, null, AuditEntryKind.ExecutionReport, """{"note":"\ud800"}"""));

        Assert.Equal("Payload", error.ParamName);
    }
}
