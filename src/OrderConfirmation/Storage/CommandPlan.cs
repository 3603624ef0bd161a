using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// Builds the commands of a request from the order as it stands (for example a change evaluated against the current
/// revision). Called again when another writer changed the order first, and for a retried command id before the store
/// answers with its first receipt, so it must not have effects of its own.
/// </summary>
/// <param name="current">The order's current state, or <see langword="null"/> when it is not stored yet.</param>
/// <param name="cancellationToken">Cancels the work.</param>
/// <returns>The commands to apply in turn, at least one; they stop at the first refusal.</returns>
public delegate ValueTask<IReadOnlyList<CommandStep>> CommandPlan(OrderState? current, CancellationToken cancellationToken);
