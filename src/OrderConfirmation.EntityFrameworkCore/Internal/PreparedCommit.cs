using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// What a commit writes, worked out before its transaction begins (so the lock is held only for the reads and the
/// inserts): the validated commit, the state row with its document, and the receipt row.
/// </summary>
internal sealed class PreparedCommit
{
    private PreparedCommit(OrderCommit commit, OrderRow? state, CommandRow receipt)
    {
        Commit = commit;
        State = state;
        Receipt = receipt;
    }

    public OrderCommit Commit { get; }

    /// <summary>The order's row as the commit leaves it, without its version; <see langword="null"/> for a refusal.</summary>
    public OrderRow? State { get; }

    public CommandRow Receipt { get; }

    /// <summary>Checks the commit (<see cref="OrderCommitCheck.ThrowIfInvalid"/>) and prepares its rows.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="commit"/> or one of its parts is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The commit does not hold together (see <see cref="OrderCommitCheck.ThrowIfInvalid"/>).</exception>
    public static PreparedCommit From(OrderCommit commit)
    {
        OrderCommitCheck.ThrowIfInvalid(commit);
        var receipt = commit.Receipt;
        var row = commit.State is { } changed
            ? new OrderRow
            {
                OrderId = changed.OrderId,
                Status = changed.Status.ToString(),
                Revision = changed.Revision,
                State = OrderStateDocument.Write(changed),
                EnteredAt = InstantColumns.Ticks(changed.EnteredAt),
                ReceivedAt = InstantColumns.Ticks(changed.Order.ReceivedAt ?? changed.EnteredAt),
                UpdatedAt = InstantColumns.Ticks(receipt.At),
            }
            : null;
        return new PreparedCommit(commit, row, ReceiptRows.ToRow(receipt));
    }
}
