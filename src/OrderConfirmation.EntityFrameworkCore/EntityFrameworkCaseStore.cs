using Microsoft.EntityFrameworkCore;
using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.EntityFrameworkCore.Internal;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>
/// The customer cases in a database through Entity Framework Core (SQLite or PostgreSQL): an <see cref="ICaseStore"/>
/// that keeps each case's <see cref="CaseStateDocument"/> under its version in <c>oc_cases</c> and appends the case's
/// audit entries to the same hash-chained trail as the orders' (<c>oc_audit_entries</c>, read and verified through
/// <see cref="EntityFrameworkOrderStore{TContext}"/>), safe across threads and processes. Each call takes a context
/// from the factory and returns it at the end.
/// </summary>
/// <typeparam name="TContext">A context with the store's model: <see cref="SqliteOrderConfirmationDbContext"/>,
/// <see cref="PostgreSqlOrderConfirmationDbContext"/>, or a host's own context that applies
/// <see cref="OrderConfirmationModelBuilderExtensions.ApplyOrderConfirmationModel"/>.</typeparam>
public sealed class EntityFrameworkCaseStore<TContext> : ICaseStore
    where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> _contexts;

    /// <summary>A store over the contexts the factory makes.</summary>
    /// <param name="contexts">Makes the contexts; for SQLite, with <see cref="OrderConfirmationDbContextOptionsExtensions.UseOrderConfirmationConnectionSettings"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="contexts"/> is <see langword="null"/>.</exception>
    public EntityFrameworkCaseStore(IDbContextFactory<TContext> contexts) =>
        _contexts = contexts ?? throw new ArgumentNullException(nameof(contexts));

    /// <inheritdoc />
    public async ValueTask<StoredCase?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var row = await context.Set<CaseRow>().AsNoTracking()
            .Where(c => c.CaseId == caseId)
            .Select(c => new { c.State, c.Version })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new StoredCase(CaseStateDocument.Read(row.State), row.Version);
    }

    /// <inheritdoc />
    /// <remarks>Reads the index on the status column; cases are sorted by id ordinally, whatever the database's collation.</remarks>
    public async ValueTask<IReadOnlyList<StoredCase>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        var closed = nameof(CaseStatus.Closed);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var rows = await context.Set<CaseRow>().AsNoTracking()
            .Where(c => c.Status != closed)
            .Select(c => new { c.CaseId, c.State, c.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.CaseId, StringComparer.Ordinal).Select(r => new StoredCase(CaseStateDocument.Read(r.State), r.Version))];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Reads the index on status and reply due. The column holds ticks rounded down, so the query keeps every case due
    /// up to <paramref name="asOf"/>'s tick and <see cref="CaseMonitor.Overdue"/> decides on the exact instants.
    /// </remarks>
    public async ValueTask<IReadOnlyList<StoredCase>> ListOverdueAsync(Instant asOf, CancellationToken cancellationToken = default)
    {
        var open = nameof(CaseStatus.Open);
        var ticks = InstantColumns.Ticks(asOf);
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        var rows = await context.Set<CaseRow>().AsNoTracking()
            .Where(c => c.Status == open && c.ReplyDueAt <= ticks)
            .Select(c => new { c.State, c.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stored = rows.Select(r => new StoredCase(CaseStateDocument.Read(r.State), r.Version)).ToDictionary(c => c.State.CaseId, StringComparer.Ordinal);
        return [.. CaseMonitor.Overdue(stored.Values.Select(c => c.State), asOf).Select(state => stored[state.CaseId])];
    }

    /// <inheritdoc />
    /// <remarks>
    /// In one transaction: appends are serialized first (PostgreSQL: <c>pg_advisory_xact_lock</c>; SQLite: the
    /// transaction begins with <c>BEGIN IMMEDIATE</c>), the same lock the order store's commits take; then the case's
    /// version and the audit head are read, and the case row (inserted at version 1, or updated where the version is
    /// still the expected one) and the sealed entries are written. A duplicate key (a writer that did not take the lock)
    /// rolls everything back and the commit is tried again.
    /// </remarks>
    /// <exception cref="ArgumentException">The case id or an audit record's actor or order id has text the database cannot hold.</exception>
    public async ValueTask<CaseCommitResult> CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.State is { } state && !string.Equals(state.CaseId, commit.CaseId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The commit is for case {commit.CaseId} but its state is case {state.CaseId}.", nameof(commit));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(commit.ExpectedVersion, nameof(commit));
        var context = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var returnContext = context.ConfigureAwait(false);
        return await OrderCommitWriter.CommitCaseAsync(context, commit, cancellationToken).ConfigureAwait(false);
    }
}
