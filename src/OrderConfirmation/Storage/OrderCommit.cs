using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// What one command writes, all or nothing: the order's new state (when it changed), its audit records, and the
/// command's receipt.
/// </summary>
/// <param name="Receipt">The command's receipt; its <see cref="CommandReceipt.CommandId"/> must not be stored yet.</param>
/// <param name="ExpectedVersion">The version the command was applied to: 0 for an order not yet stored.</param>
/// <param name="State">The new state, or <see langword="null"/> when the state did not change (a refusal).</param>
/// <param name="Audit">The audit records, in order; the store makes them the next entries of its one chain.</param>
public sealed record OrderCommit(CommandReceipt Receipt, long ExpectedVersion, OrderState? State, IReadOnlyList<AuditRecord> Audit);
