using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Internal;
using OrderConfirmation.Kpis;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>
/// The orders, command receipts and one audit trail in a database through Entity Framework Core (SQLite or PostgreSQL):
/// an <see cref="IOrderStore"/> that commits a command's state, audit entries and receipt in one transaction, safe across
/// threads and processes, and the <see cref="IAuditTrail"/> the supervision group reads and verifies (article 6.1).
/// Each call takes a context from the factory (pooled, so no model is built per call) and returns it at the end.
/// </summary>
/// <typeparam name="TContext">A context with the store's model: <see cref="SqliteOrderConfirmationDbContext"/>,
/// <see cref="PostgreSqlOrderConfirmationDbContext"/>, or a host's own context that applies
/// <see cref="OrderConfirmationModelBuilderExtensions.ApplyOrderConfirmationModel"/>.</typeparam>
public sealed class EntityFrameworkOrderStore<TContext> : IOrderStore, IAuditTrail, IAuditAppender
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly CommitQueue _commits;
    private readonly KnownAuditHead _head = new();

    /// <summary>A store over the contexts the factory makes.</summary>
    /// <param name="contexts">Makes the contexts; for SQLite, with <see cref="OrderConfirmationDbContextOptionsExtensions.UseOrderConfirmationConnectionSettings"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contexts"/> is <see langword="null"/>.</exception>
    public EntityFrameworkOrderStore(IDbContextFactory<TContext> contexts)
    {
        _contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));
        _commits = new CommitQueue(async batch =>
        {
            var context = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
            await using var returnContext = context.ConfigureAwait(false);
            return await OrderCommitWriter.CommitEachAsync(context, batch, _head).ConfigureAwait(false);
        });
    }

    /// <inheritdoc />
    public async ValueTask<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        return await StoredOrderQuery.FindAsync(context, orderId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Reads the index on the status column; orders are sorted by id ordinally, whatever the database's collation.</remarks>
    public async ValueTask<IReadOnlyList<StoredOrder>> ListAsync(IReadOnlyCollection<OrderStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var names = statuses.Distinct().Select(s => s.ToString()).ToArray();
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var orders = context.Set<OrderRow>().AsNoTracking();
        if (names.Length > 0)
        {
            orders = orders.Where(o => names.Contains(o.Status));
        }

        var rows = await orders.Select(o => new { o.OrderId, o.State, o.Version }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.OrderId, StringComparer.Ordinal).Select(r => new StoredOrder(OrderStateDocument.Read(r.State), r.Version))];
    }

    /// <inheritdoc />
    public async ValueTask<CommandReceipt?> FindCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandId);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var row = await context.Set<CommandRow>().AsNoTracking()
            .FirstOrDefaultAsync(c => c.CommandId == commandId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ReceiptRows.FromRow(row);
    }

    /// <inheritdoc />
    /// <remarks>
    /// In one transaction: appends are serialized first (PostgreSQL: <c>pg_advisory_xact_lock</c>; SQLite: the
    /// transaction begins with <c>BEGIN IMMEDIATE</c>), then the receipt, the order's version and the audit head are
    /// read, and the state (version plus one, unless the state is <see langword="null"/>), the sealed entries and the
    /// receipt are written. A duplicate key (a writer that did not take the lock) rolls everything back and the commit
    /// is tried again. A store that committed last knows the audit head, and sends the writes with the reads, guarded so
    /// that they write nothing unless the head, the order's version and the new command id are as it expects (another
    /// writer got in first: the commit is written after the reads instead). Commits that arrive at this store while another is being written are written together in the
    /// next transaction (group commit: one lock and one durable flush for all), each checked as if alone and each with
    /// its own result; if the database refuses that transaction, each is committed on its own. Cancellation is
    /// honoured until the commit is queued; once queued, it is carried out and its outcome returned.
    /// </remarks>
    public ValueTask<CommitResult> CommitAsync(OrderCommit commit, CancellationToken cancellationToken = default)
    {
        var prepared = PreparedCommit.From(commit);
        cancellationToken.ThrowIfCancellationRequested();
        return _commits.CommitAsync(prepared);
    }

    /// <inheritdoc />
    /// <remarks>In a transaction of its own, after the commits and appends of other writers that took the append lock first.</remarks>
    /// <exception cref="ArgumentException">The record's actor or order id has text the database cannot hold.</exception>
    public async ValueTask<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        return await OrderCommitWriter.AppendAsync(context, record, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<AuditHead> GetHeadAsync(CancellationToken cancellationToken = default)
    {
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var head = await context.Set<AuditEntryRow>().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return head is null ? AuditHead.Empty : new AuditHead(head.Sequence, head.Hash);
    }

    /// <inheritdoc />
    /// <remarks>The order and actor filters use their indexes, and the period the index on the instant.</remarks>
    public IAsyncEnumerable<AuditEntry> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(query, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Streams the trail in sequence order through one reader (the entries are never all in memory), on the calling
    /// thread: a supervision check, not a request path.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> has a negative sequence or no hash.</exception>
    public async ValueTask<AuditVerification> VerifyAsync(AuditHead? expectedHead = null, CancellationToken cancellationToken = default)
    {
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var rows = context.Set<AuditEntryRow>().AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable();
        return AuditChain.Verify(rows.Select(row =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return AuditEntryRows.FromRow(row);
        }), expectedHead);
    }

    /// <summary>
    /// The KPI records (article 6.2) of the stored orders received in a period, for <see cref="KpiCalculator.Compute"/>:
    /// each state's <see cref="Lifecycle.State.OrderState.ToProcessingRecord"/>, by order id. Reads the index on the
    /// received instant.
    /// </summary>
    /// <param name="asOf">The instant an open customer wait is counted until (usually now).</param>
    /// <param name="from">Only orders received at or after this instant; <see langword="null"/> for no lower bound.</param>
    /// <param name="to">Only orders received before this instant; <see langword="null"/> for no upper bound.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<IReadOnlyList<OrderProcessingRecord>> ReadProcessingRecordsAsync(Instant asOf, Instant? from = null, Instant? to = null, CancellationToken cancellationToken = default)
    {
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var orders = context.Set<OrderRow>().AsNoTracking();
        if (from is { } start)
        {
            var ticks = InstantColumns.Ticks(start);
            orders = orders.Where(o => o.ReceivedAt >= ticks);
        }

        if (to is { } end)
        {
            var ticks = InstantColumns.Ticks(end);
            orders = orders.Where(o => o.ReceivedAt <= ticks);
        }

        var states = await orders.Select(o => o.State).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. states
            .Select(state => OrderStateDocument.Read(state).ToProcessingRecord(asOf))
            .Where(r => (from is not { } f || r.ReceivedAt >= f) && (to is not { } t || r.ReceivedAt < t))
            .OrderBy(r => r.OrderId, StringComparer.Ordinal)];
    }

    private async IAsyncEnumerable<AuditEntry> Read(AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var entries = context.Set<AuditEntryRow>().AsNoTracking();
        if (query.OrderId is { } orderId)
        {
            entries = entries.Where(e => e.OrderId == orderId);
        }

        if (query.Actor is { } actor)
        {
            entries = entries.Where(e => e.Actor == actor);
        }

        // The columns hold ticks rounded down: these bounds keep every match, and Matches drops the few beyond the exact instant.
        if (query.From is { } from)
        {
            var ticks = InstantColumns.Ticks(from);
            entries = entries.Where(e => e.At >= ticks);
        }

        if (query.To is { } to)
        {
            var ticks = InstantColumns.Ticks(to);
            entries = entries.Where(e => e.At <= ticks);
        }

        await foreach (var row in entries.OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var entry = AuditEntryRows.FromRow(row);
            if (query.Matches(entry))
            {
                yield return entry;
            }
        }
    }
}
