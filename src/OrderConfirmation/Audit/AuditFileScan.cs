namespace OrderConfirmation.Audit;

/// <summary>What a scan of an audit file found.</summary>
/// <param name="Verification">Whether the file is intact, or its first problem.</param>
/// <param name="Entries">The entries that verified, when asked for.</param>
/// <param name="VerifiedLength">The length in bytes of the verified lines, each with its line feed.</param>
internal sealed record AuditFileScan(AuditVerification Verification, List<AuditEntry>? Entries, long VerifiedLength);
