using System.Data.Common;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// Writes commits in transactions (see <see cref="CommitBatch"/>): appends are serialized across processes before the
/// head is read (see <see cref="StoreDialect"/>); the primary keys on the audit sequence and the command id are the
/// last defence: a duplicate key rolls the attempt back whole and it is tried again, when its checks then see what
/// the other writer stored.
/// </summary>
internal static class OrderCommitWriter
{
    /// <summary>How often a transaction is tried when a duplicate key shows that another writer got in first.</summary>
    private const int Attempts = 5;

    private const string Savepoint = "oc_commit";

    /// <summary>
    /// Commits in the context's current transaction when it has one (inside a savepoint, so that a failed attempt leaves
    /// the caller's transaction as it was; the caller commits), else in a transaction of its own.
    /// </summary>
    public static async ValueTask<CommitResult> CommitAsync(DbContext context, PreparedCommit commit, CancellationToken cancellationToken)
    {
        var dialect = StoreDialect.Of(context);
        dialect.ThrowIfUnstorable(commit.Commit);
        if (context.Database.CurrentTransaction is { } outer)
        {
            return await CommitInAsync(outer, context, dialect, commit, cancellationToken).ConfigureAwait(false);
        }

        return (await CommitOwnAsync(context, dialect, [commit], known: null, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Commits several commands in one transaction of its own (one lock, one durable flush for all): each gets its own
    /// result, or the exception it alone would have met. When the database refuses the batch, each command is committed
    /// on its own, so one bad command does not fail the others. <paramref name="known"/> is the head the store's last
    /// transaction left, guessed for this one (see <see cref="KnownAuditHead"/>).
    /// </summary>
    public static async ValueTask<(CommitResult? Result, ExceptionDispatchInfo? Error)[]> CommitEachAsync(DbContext context, IReadOnlyList<PreparedCommit> commits, KnownAuditHead known)
    {
        var dialect = StoreDialect.Of(context);
        var outcomes = new (CommitResult? Result, ExceptionDispatchInfo? Error)[commits.Count];
        var storable = new List<int>(commits.Count);
        for (var i = 0; i < commits.Count; i++)
        {
            try
            {
                dialect.ThrowIfUnstorable(commits[i].Commit);
                storable.Add(i);
            }
            catch (ArgumentException error)
            {
                outcomes[i] = (null, ExceptionDispatchInfo.Capture(error));
            }
        }

        try
        {
            var results = await CommitOwnAsync(context, dialect, [.. storable.Select(i => commits[i])], known, CancellationToken.None).ConfigureAwait(false);
            for (var k = 0; k < storable.Count; k++)
            {
                outcomes[storable[k]] = (results[k], null);
            }
        }
        catch (Exception) when (storable.Count > 1)
        {
            foreach (var i in storable)
            {
                try
                {
                    outcomes[i] = ((await CommitOwnAsync(context, dialect, [commits[i]], known, CancellationToken.None).ConfigureAwait(false))[0], null);
                }
                catch (Exception error)
                {
                    outcomes[i] = (null, ExceptionDispatchInfo.Capture(error));
                }
            }
        }
        catch (Exception error)
        {
            outcomes[storable[0]] = (null, ExceptionDispatchInfo.Capture(error));
        }

        return outcomes;
    }

    /// <summary>Appends one audit record to the chain in a transaction of its own, taking the append lock like a commit.</summary>
    /// <exception cref="ArgumentException">The record's actor or order id has text the database cannot hold.</exception>
    public static ValueTask<AuditEntry> AppendAsync(DbContext context, AuditRecord record, CancellationToken cancellationToken)
    {
        var dialect = StoreDialect.Of(context);
        dialect.ThrowIfUnstorable(record);
        return InOwnTransactionAsync(
            context,
            transaction => CommitBatch.AppendAsync(context, transaction, dialect, record, cancellationToken),
            _ => true,
            cancellationToken);
    }

    /// <summary>
    /// Commits a case command in a transaction of its own, taking the append lock like an order's commit, so its entries
    /// follow on the one chain; committed only when saved.
    /// </summary>
    /// <exception cref="ArgumentException">The case id or an audit record's actor or order id has text the database cannot hold.</exception>
    public static ValueTask<CaseCommitResult> CommitCaseAsync(DbContext context, CaseCommit commit, CancellationToken cancellationToken)
    {
        var dialect = StoreDialect.Of(context);
        dialect.ThrowIfUnstorable(commit);
        var document = commit.State is { } state ? CaseStateDocument.Write(state) : null;
        return InOwnTransactionAsync(
            context,
            transaction => CommitBatch.WriteCaseAsync(context, transaction, dialect, commit, document, cancellationToken),
            result => result.Status == CommitStatus.Saved,
            cancellationToken);
    }

    private static async ValueTask<CommitResult[]> CommitOwnAsync(DbContext context, StoreDialect dialect, IReadOnlyList<PreparedCommit> commits, KnownAuditHead? known, CancellationToken cancellationToken)
    {
        if (commits.Count == 0)
        {
            return [];
        }

        var results = await InOwnTransactionAsync(
            context,
            transaction => CommitBatch.WriteAsync(context, transaction, dialect, commits, known, cancellationToken),
            results => results.Any(r => r.Status == CommitStatus.Saved),
            cancellationToken).ConfigureAwait(false);
        known?.Committed();
        return results;
    }

    /// <summary>Writes in a transaction of its own, committed when <paramref name="keep"/> says so; tried again when a duplicate key shows another writer got in first.</summary>
    private static async ValueTask<T> InOwnTransactionAsync<T>(DbContext context, Func<DbTransaction, ValueTask<T>> write, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var rollbackUnlessCommitted = transaction.ConfigureAwait(false);
            try
            {
                var results = await write(transaction.GetDbTransaction()).ConfigureAwait(false);
                if (keep(results))
                {
                    // Once the writes are in, the commit is not cancelled half-way: the callers learn its outcome.
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                }

                return results;
            }
            catch (DbException error) when (StoreDialect.IsUniqueViolation(error) && attempt < Attempts)
            {
                // Disposing the transaction rolls the attempt back; the next one sees what the other writer stored.
            }
            catch (GuessedWriteMissedException) when (attempt < Attempts)
            {
                // Part of a guessed write was made: rolled back likewise, and the next attempt (a guess is offered once) reads first.
            }
        }
    }

    private static async ValueTask<CommitResult> CommitInAsync(IDbContextTransaction outer, DbContext context, StoreDialect dialect, PreparedCommit commit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            try
            {
                var result = (await CommitBatch.WriteAsync(context, outer.GetDbTransaction(), dialect, [commit], known: null, cancellationToken).ConfigureAwait(false))[0];
                await outer.ReleaseSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                return result;
            }
            catch (Exception error)
            {
                await outer.RollbackToSavepointAsync(Savepoint, CancellationToken.None).ConfigureAwait(false);
                if (error is not DbException db || !StoreDialect.IsUniqueViolation(db) || attempt == Attempts)
                {
                    throw;
                }
            }
        }
    }
}
