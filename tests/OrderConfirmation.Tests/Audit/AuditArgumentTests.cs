using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Tests.Audit;

/// <summary>Every documented argument exception of the audit API names the parameter at fault.</summary>
public sealed class AuditArgumentTests : IDisposable
{
    private static readonly Interval AnyPeriod = new(AuditRecords.Start, AuditRecords.Start + Duration.FromDays(1));

    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, Action> NullArguments => new()
    {
        { "entries", () => AuditChain.Verify(null!) },
        { "path", () => AuditChain.VerifyFile(null!) },
        { "entries", () => AuditQueries.ByOrder(null!, "SO-1") },
        { "orderId", () => AuditQueries.ByOrder([], null!) },
        { "entries", () => AuditQueries.ByActor(null!, "li.lei") },
        { "actor", () => AuditQueries.ByActor([], null!) },
        { "entries", () => AuditQueries.InPeriod(null!, AnyPeriod) },
        { "entries", () => AuditCompleteness.Check(null!) },
        { "record", () => new InMemoryAuditLog().Append(null!) },
        { "path", () => JsonLinesAuditLog.Open(null!) },
        { "path", () => JsonLinesAuditLog.RepairTornTail(null!) },
    };

    /// <summary>Checkpointed heads that cannot be a log's head: a negative sequence, or no hash.</summary>
    public static TheoryData<long, string?> InvalidHeads => new()
    {
        { -1, new string('0', 64) },
        { long.MinValue, new string('0', 64) },
        { 0, null },
        { 3, null },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void PublicMethod_NullArgument_ThrowsNamingIt(string parameter, Action call)
    {
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);
    }

    [Fact]
    public void JsonLinesAuditLogAppend_NullRecord_ThrowsNamingRecord()
    {
        using var log = JsonLinesAuditLog.Open(_files.PathOf("audit.jsonl"));

        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => log.Append(null!)).ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidHeads))]
    public void Verify_InvalidExpectedHead_ThrowsNamingExpectedHead(long sequence, string? hash)
    {
        var error = Assert.Throws<ArgumentException>(() => AuditChain.Verify([], new AuditHead(sequence, hash!)));

        Assert.Equal("expectedHead", error.ParamName);
        Assert.StartsWith("The expected head needs a sequence number of 0 or more and a hash.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(InvalidHeads))]
    public void VerifyFile_InvalidExpectedHead_ThrowsNamingExpectedHead(long sequence, string? hash)
    {
        var path = _files.Written(1);

        Assert.Equal("expectedHead", Assert.Throws<ArgumentException>(() => AuditChain.VerifyFile(path, new AuditHead(sequence, hash!))).ParamName);
    }

    [Theory]
    [MemberData(nameof(InvalidHeads))]
    public void Open_InvalidExpectedHead_ThrowsNamingExpectedHeadAndLeavesTheFileClosed(long sequence, string? hash)
    {
        var path = _files.Written(1);

        Assert.Equal("expectedHead", Assert.Throws<ArgumentException>(() => JsonLinesAuditLog.Open(path, new AuditHead(sequence, hash!))).ParamName);
        Assert.False(JsonLinesAuditLog.RepairTornTail(path).Repaired);
    }
}
