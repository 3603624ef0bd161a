using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditLogLockedExceptionTests
{
    [Fact]
    public void Constructor_FileAndLockFile_NamesTheFileAndSaysNothingWasWritten()
    {
        var cause = new IOException("busy");

        var error = new AuditLogLockedException("/var/audit.jsonl", "/var/audit.jsonl.lock", cause);

        Assert.Equal(("/var/audit.jsonl", "/var/audit.jsonl.lock"), (error.Path, error.LockPath));
        Assert.Equal(
            "/var/audit.jsonl: the audit log is already open for writing, by this process or another (its lock file /var/audit.jsonl.lock is held); a log has one writer at a time. Nothing was written.",
            error.Message);
        Assert.Same(cause, error.InnerException);
    }

    [Fact]
    public void Constructor_WithoutArguments_SaysTheLogIsOpenForWriting()
    {
        var error = new AuditLogLockedException();

        Assert.Equal(("The audit log is already open for writing.", string.Empty, string.Empty), (error.Message, error.Path, error.LockPath));
    }

    [Fact]
    public void Constructor_Message_HasNoFile()
    {
        var error = new AuditLogLockedException("held");

        Assert.Equal(("held", string.Empty, string.Empty), (error.Message, error.Path, error.LockPath));
    }

    [Fact]
    public void Constructor_MessageAndCause_KeepsBoth()
    {
        var cause = new IOException("busy");

        var error = new AuditLogLockedException("held", cause);

        Assert.Equal(("held", string.Empty), (error.Message, error.Path));
        Assert.Same(cause, error.InnerException);
    }
}
