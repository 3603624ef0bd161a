using OrderConfirmation.Audit;
using OrderConfirmation.Cases;

namespace OrderConfirmation.Storage;

/// <summary>What one case command writes, all or nothing: the case's new state (when it changed) and its audit records.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ExpectedVersion">The version the command was applied to: 0 for a case not yet stored.</param>
/// <param name="State">The new state, or <see langword="null"/> when it did not change (a refusal).</param>
/// <param name="Audit">The audit records, in order; the store makes them the next entries of its chain.</param>
public sealed record CaseCommit(string CaseId, long ExpectedVersion, CaseState? State, IReadOnlyList<AuditRecord> Audit);
