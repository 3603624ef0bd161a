using OrderConfirmation.Orders;

namespace OrderConfirmation.Storage;

/// <summary>
/// Where orders live between commands (article 4.2: every confirmation's time and person kept for query and tracing):
/// states under a version, the receipt of every command by its id, and one hash-chained audit trail. A commit stores a
/// command's new state, its audit entries and its receipt atomically, only if the order is still at the version the
/// command was applied to. Implementations are thread-safe; those in a database are safe across processes too.
/// </summary>
public interface IOrderStore
{
    /// <summary>The order's stored state and version, or <see langword="null"/> when there is no such order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="orderId"/> is <see langword="null"/>.</exception>
    ValueTask<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default);

    /// <summary>The orders in any of the given statuses (every order when none is given), by order id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="statuses"/> is <see langword="null"/>.</exception>
    ValueTask<IReadOnlyList<StoredOrder>> ListAsync(IReadOnlyCollection<OrderStatus> statuses, CancellationToken cancellationToken = default);

    /// <summary>The receipt stored under a command id, or <see langword="null"/> when no such command was stored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="commandId"/> is <see langword="null"/>.</exception>
    ValueTask<CommandReceipt?> FindCommandAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a command's outcome, all or nothing: saved; or, writing nothing, a version conflict or the receipt of the
    /// command already stored under the same id. When the audit cannot be written the exception propagates and nothing is saved.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="commit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The commit's state is not of the receipt's order.</exception>
    ValueTask<CommitResult> CommitAsync(OrderCommit commit, CancellationToken cancellationToken = default);
}
