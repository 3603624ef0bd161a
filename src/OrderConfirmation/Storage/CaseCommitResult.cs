using OrderConfirmation.Audit;

namespace OrderConfirmation.Storage;

/// <summary>The result of <see cref="ICaseStore.CommitAsync"/>. A conflict is a result, not an exception.</summary>
/// <param name="Status"><see cref="CommitStatus.Saved"/>, or <see cref="CommitStatus.VersionConflict"/> with nothing written.</param>
/// <param name="Version">The case's version now: the new one when saved, the stored one on a conflict.</param>
/// <param name="Entries">The audit entries stored (empty unless saved).</param>
public sealed record CaseCommitResult(CommitStatus Status, long Version, IReadOnlyList<AuditEntry> Entries);
