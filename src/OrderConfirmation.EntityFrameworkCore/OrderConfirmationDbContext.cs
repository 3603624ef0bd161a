using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>
/// The store's own context: its three tables (see <see cref="OrderConfirmationModelBuilderExtensions.ApplyOrderConfirmationModel"/>)
/// and nothing else. Migrations are provider-specific, so a host uses the provider's context,
/// <see cref="SqliteOrderConfirmationDbContext"/> or <see cref="PostgreSqlOrderConfirmationDbContext"/>, each with the
/// migrations this package ships for it; a host with a context of its own applies the model to it instead.
/// </summary>
public abstract class OrderConfirmationDbContext : DbContext
{
    /// <summary>A context with the provider's options.</summary>
    /// <param name="options">The options, with the provider and connection string set.</param>
    protected OrderConfirmationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyOrderConfirmationModel();
}
