using Microsoft.EntityFrameworkCore;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>
/// The store's context on SQLite (the embedded default: one file, nothing to install), with the SQLite migrations this
/// package ships: <c>Database.MigrateAsync()</c> creates the tables in an empty file. Configure it with
/// <c>UseSqlite(connectionString)</c> and <see cref="OrderConfirmationDbContextOptionsExtensions.UseOrderConfirmationConnectionSettings"/>
/// (write-ahead log, durable commits, writers wait for each other).
/// </summary>
/// <param name="options">The options, with SQLite and the connection string set.</param>
public sealed class SqliteOrderConfirmationDbContext(DbContextOptions<SqliteOrderConfirmationDbContext> options) : OrderConfirmationDbContext(options);
