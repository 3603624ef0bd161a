namespace OrderConfirmation.Cli;

/// <summary>The tool's exit codes, which scripts and CI rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed (whatever the review outcomes).</summary>
    public const int Success = 0;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 1;

    /// <summary>An input file is unreadable or invalid; the other files were still processed.</summary>
    public const int InvalidInput = 2;

    /// <summary>The rule files are invalid.</summary>
    public const int InvalidRules = 3;

    /// <summary>Some rule test cases failed (<c>orderconfirm test</c>).</summary>
    public const int TestsFailed = 4;

    /// <summary>A sampled order failed a supervision check (<c>orderconfirm audit sample</c>); the same number as <see cref="TestsFailed"/>, in another command.</summary>
    public const int SupervisionChecksFailed = 4;

    /// <summary>The audit trail is broken or was tampered with, or does not reach or match the expected head (<c>orderconfirm audit verify</c>).</summary>
    public const int AuditBroken = 5;
}
