using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>
/// The store's context on PostgreSQL (for hosts that run several instances), with the PostgreSQL migrations this package
/// ships: <c>Database.MigrateAsync()</c> creates the tables in the first schema of the connection's search path.
/// Configure it with <c>UseNpgsql(connectionString)</c>.
/// </summary>
/// <param name="options">The options, with Npgsql and the connection string set.</param>
public sealed class PostgreSqlOrderConfirmationDbContext(DbContextOptions<PostgreSqlOrderConfirmationDbContext> options) : OrderConfirmationDbContext(options);
