using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

public sealed class AuditLogCorruptExceptionTests
{
    [Fact]
    public void Constructor_FileDetails_FormsTheMessageFromFileLineProblemAndConsequence()
    {
        var error = new AuditLogCorruptException("/var/audit.jsonl", 7, 7, AuditProblemKind.BrokenLink, "entry 7 does not link to entry 6.", "Nothing was written.");

        Assert.Equal("/var/audit.jsonl:line 7: entry 7 does not link to entry 6. Nothing was written.", error.Message);
        Assert.Equal(("/var/audit.jsonl", 7, (long?)7, AuditProblemKind.BrokenLink, "entry 7 does not link to entry 6.", false), (error.Path, error.LineNumber, error.Sequence, error.Kind, error.Problem, error.IsTornTail));
    }

    [Fact]
    public void IsTornTail_TornTailKind_IsTrue()
    {
        var error = new AuditLogCorruptException("audit.jsonl", 4, 4, AuditProblemKind.TornTail, "entry 4: the last line is incomplete.", "Nothing was written.");

        Assert.True(error.IsTornTail);
    }

    [Fact]
    public void Constructor_WithoutArguments_SaysTheLogFailedVerification()
    {
        var error = new AuditLogCorruptException();

        Assert.Equal(("The audit log failed verification.", "The audit log failed verification.", string.Empty), (error.Message, error.Problem, error.Path));
    }

    [Fact]
    public void Constructor_Message_IsTheProblemWithoutAFile()
    {
        var error = new AuditLogCorruptException("the log is gone");

        Assert.Equal(("the log is gone", "the log is gone", string.Empty, 0, (long?)null), (error.Message, error.Problem, error.Path, error.LineNumber, error.Sequence));
    }

    [Fact]
    public void Constructor_MessageAndCause_KeepsBoth()
    {
        var cause = new IOException("disk gone");

        var error = new AuditLogCorruptException("the log is gone", cause);

        Assert.Equal(("the log is gone", "the log is gone", string.Empty), (error.Message, error.Problem, error.Path));
        Assert.Same(cause, error.InnerException);
    }
}
