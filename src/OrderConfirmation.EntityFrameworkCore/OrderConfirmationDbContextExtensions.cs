using Microsoft.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Internal;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>Commits an order's command through a host's own context, so that the host's data and the commit share one transaction.</summary>
public static class OrderConfirmationDbContextExtensions
{
    /// <summary>
    /// Stores a command's outcome as <see cref="IOrderStore.CommitAsync"/> does, through <paramref name="context"/>.
    /// When the context has a transaction (<c>context.Database.BeginTransactionAsync()</c>), the commit joins it inside a
    /// savepoint and the caller commits or rolls back everything, its own rows included: both or neither. Until then
    /// the caller holds the store's append lock (PostgreSQL) or the database's write lock (SQLite), so it should commit
    /// promptly. Without a transaction, the commit runs in one of its own, as the store's does.
    /// </summary>
    /// <param name="context">A context whose model has the store's tables (see <see cref="OrderConfirmationModelBuilderExtensions.ApplyOrderConfirmationModel"/>), on SQLite or PostgreSQL.</param>
    /// <param name="commit">What the command writes.</param>
    /// <param name="cancellationToken">Cancels the commit before its writes are in.</param>
    /// <returns>Saved, or a version conflict or duplicate command, in which case nothing was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="commit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The commit does not hold together (see <see cref="OrderCommitCheck.ThrowIfInvalid"/>), or, on PostgreSQL, has text with the character U+0000, which PostgreSQL text cannot hold.</exception>
    /// <exception cref="InvalidOperationException">The context's model does not have the store's tables.</exception>
    /// <exception cref="NotSupportedException">The context uses a provider other than SQLite or PostgreSQL.</exception>
    public static async ValueTask<CommitResult> CommitOrderAsync(this DbContext context, OrderCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prepared = PreparedCommit.From(commit);
        if (context.Model.FindEntityType(typeof(AuditEntryRow)) is null)
        {
            throw new InvalidOperationException($"The context {context.GetType().Name} does not have the order store's tables: call modelBuilder.ApplyOrderConfirmationModel() in its OnModelCreating.");
        }

        return await OrderCommitWriter.CommitAsync(context, prepared, cancellationToken).ConfigureAwait(false);
    }
}
