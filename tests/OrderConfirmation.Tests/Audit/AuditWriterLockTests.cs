using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>
/// Issue 14: a JSON Lines audit file has one writer at a time. A second <see cref="JsonLinesAuditLog.Open"/> in the same
/// process is refused at open with an error naming the file, readers may still verify the file, and the lock goes with
/// the writer. (<see cref="AuditWriterProcessLockTests"/> does the same across OS processes.)
/// </summary>
public sealed class AuditWriterLockTests : IDisposable
{
    private readonly AuditFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Open_FileAlreadyOpenForWriting_IsRefusedNamingTheFile()
    {
        var path = _files.Written(2);
        using var writer = JsonLinesAuditLog.Open(path);

        var error = Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal((path, path + ".lock"), (error.Path, error.LockPath));
        Assert.StartsWith($"{path}: the audit log is already open for writing", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was written.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Refused_LeavesTheFileAndTheFirstWriterAsTheyWere()
    {
        var path = _files.Written(2);
        using var writer = JsonLinesAuditLog.Open(path);
        var before = File.ReadAllBytes(path);

        Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(3, writer.Append(AuditRecords.Report(3)).Sequence);
        var verification = AuditChain.VerifyFile(path);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(writer.Head, verification.Head);
    }

    [Fact]
    public void Open_SameFileUnderAnotherSpelling_IsRefused()
    {
        var path = _files.Written(1);
        Directory.CreateDirectory(_files.PathOf("sub"));
        using var writer = JsonLinesAuditLog.Open(path);

        var error = Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(Path.Combine(_files.PathOf("sub"), "..", "audit.jsonl")));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Open_NewFileAlreadyOpenForWriting_IsRefused()
    {
        var path = _files.PathOf("new.jsonl");
        using var writer = JsonLinesAuditLog.Open(path);

        Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));
    }

    [Fact]
    public void VerifyFile_WhileAWriterHoldsTheFile_VerifiesEveryAcknowledgedEntry()
    {
        var path = _files.PathOf("audit.jsonl");
        using var writer = JsonLinesAuditLog.Open(path);
        for (var minute = 1; minute <= 3; minute++)
        {
            writer.Append(AuditRecords.Report(minute));
        }

        var verification = AuditChain.VerifyFile(path);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal((3L, writer.Head), (verification.EntriesVerified, verification.Head));
        writer.Append(AuditRecords.Report(4));
        Assert.Equal(4, AuditChain.VerifyFile(path).EntriesVerified);
    }

    [Fact]
    public void Open_AfterTheWriterIsDisposed_OpensAndContinuesTheChain()
    {
        var path = _files.Written(2);
        var first = JsonLinesAuditLog.Open(path);
        first.Append(AuditRecords.Report(3));
        first.Dispose();

        using var second = JsonLinesAuditLog.Open(path);

        Assert.Equal(4, second.Append(AuditRecords.Report(4)).Sequence);
        Assert.True(AuditChain.VerifyFile(path).IsIntact);
    }

    [Fact]
    public void Open_AfterARefusedOpen_TheLockIsStillTheFirstWritersUntilItCloses()
    {
        var path = _files.Written(1);
        var first = JsonLinesAuditLog.Open(path);
        Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));
        Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.Open(path));

        first.Dispose();

        using var second = JsonLinesAuditLog.Open(path);
        Assert.Equal(1, second.Head.Sequence);
    }

    [Fact]
    public void RepairTornTail_WhileALogIsOpen_IsRefusedAndChangesNothing()
    {
        var path = _files.Written(2);
        using var writer = JsonLinesAuditLog.Open(path);
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<AuditLogLockedException>(() => JsonLinesAuditLog.RepairTornTail(path));

        Assert.Equal(path, error.Path);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(3, writer.Append(AuditRecords.Report(3)).Sequence);
    }

    [Fact]
    public async Task Open_ManyThreadsAtOnce_ExactlyOneWriterOpens()
    {
        var path = _files.Written(1);
        const int Threads = 8;
        using var ready = new Barrier(Threads);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                ready.SignalAndWait();
                try
                {
                    return (object)JsonLinesAuditLog.Open(path);
                }
                catch (AuditLogLockedException error)
                {
                    return error;
                }
            },
            TaskCreationOptions.LongRunning)));
        var logs = outcomes.OfType<JsonLinesAuditLog>().ToList();

        try
        {
            Assert.Single(logs);
            Assert.Equal(Threads - 1, outcomes.Count(o => o is AuditLogLockedException));
        }
        finally
        {
            logs.ForEach(l => l.Dispose());
        }
    }
}
