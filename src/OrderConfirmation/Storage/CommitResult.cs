using OrderConfirmation.Audit;

namespace OrderConfirmation.Storage;

/// <summary>The result of <see cref="IOrderStore.CommitAsync"/>. Conflicts are results, not exceptions.</summary>
/// <param name="Status">Saved, or why nothing was written.</param>
/// <param name="Version">The order's version now: the new one when saved, the stored one on a conflict.</param>
/// <param name="Entries">The audit entries stored (empty unless saved).</param>
/// <param name="Existing">The receipt already stored under the command's id, for <see cref="CommitStatus.DuplicateCommand"/>.</param>
public sealed record CommitResult(CommitStatus Status, long Version, IReadOnlyList<AuditEntry> Entries, CommandReceipt? Existing = null);
