using System.Runtime.CompilerServices;
using OrderConfirmation.Audit;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Storage;

/// <summary>
/// Orders, receipts and their audit trail held in memory, for tests, samples and single-process hosts that keep
/// nothing across restarts. The audit entries go to the given log (in memory by default); a commit's entries are
/// appended before its state is kept, so a log that cannot be written leaves the order as it was. Thread-safe.
/// </summary>
public sealed class InMemoryOrderStore : IOrderStore, IAuditTrail, IAuditAppender
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredOrder> _orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandReceipt> _receipts = new(StringComparer.Ordinal);
    private readonly IAuditLog _audit;

    /// <summary>Creates an empty store.</summary>
    /// <param name="audit">The log the audit entries go to; a new <see cref="InMemoryAuditLog"/> when <see langword="null"/>.</param>
    public InMemoryOrderStore(IAuditLog? audit = null) => _audit = audit ?? new InMemoryAuditLog();

    /// <summary>The log the audit entries go to.</summary>
    public IAuditLog AuditLog => _audit;

    /// <inheritdoc />
    public ValueTask<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        lock (_lock)
        {
            return ValueTask.FromResult(_orders.GetValueOrDefault(orderId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredOrder>> ListAsync(IReadOnlyCollection<OrderStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        lock (_lock)
        {
            IReadOnlyList<StoredOrder> found = [.. _orders.Values
                .Where(o => statuses.Count == 0 || statuses.Contains(o.State.Status))
                .OrderBy(o => o.State.OrderId, StringComparer.Ordinal)];
            return ValueTask.FromResult(found);
        }
    }

    /// <inheritdoc />
    public ValueTask<CommandReceipt?> FindCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        lock (_lock)
        {
            return ValueTask.FromResult(_receipts.GetValueOrDefault(commandId));
        }
    }

    /// <inheritdoc />
    public ValueTask<CommitResult> CommitAsync(OrderCommit commit, CancellationToken cancellationToken = default)
    {
        OrderCommitCheck.ThrowIfInvalid(commit);
        var receipt = commit.Receipt;
        lock (_lock)
        {
            if (_receipts.TryGetValue(receipt.CommandId, out var existing))
            {
                return ValueTask.FromResult(new CommitResult(CommitStatus.DuplicateCommand, VersionOf(receipt.OrderId), [], existing));
            }

            var version = VersionOf(receipt.OrderId);
            if (version != commit.ExpectedVersion)
            {
                return ValueTask.FromResult(new CommitResult(CommitStatus.VersionConflict, version, []));
            }

            var entries = new AuditEntry[commit.Audit.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = _audit.Append(commit.Audit[i]);
            }

            if (commit.State is { } state)
            {
                _orders[receipt.OrderId] = new StoredOrder(state, receipt.Version);
            }

            _receipts[receipt.CommandId] = receipt;
            return ValueTask.FromResult(new CommitResult(CommitStatus.Saved, receipt.Version, entries));
        }
    }

    /// <inheritdoc />
    public ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            return ValueTask.FromResult(_audit.Append(record));
        }
    }

    /// <inheritdoc />
    public ValueTask<AuditHead> GetHeadAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_audit.Head);

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var entry in _audit.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (query.Matches(entry))
            {
                yield return entry;
            }
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<AuditVerification> VerifyAsync(AuditHead? expectedHead = null, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(AuditChain.Verify(_audit.Entries, expectedHead));

    private long VersionOf(string orderId) => _orders.TryGetValue(orderId, out var stored) ? stored.Version : 0;
}
