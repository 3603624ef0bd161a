using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OrderConfirmation.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Tests;
using OrderConfirmation.Storage;

// OrderConfirmation.StoreWriter <sqlite|postgresql> <connection-string> <name> <count>: enters orders <name>-0, <name>-1, …
// (each a state, two audit entries and a receipt) through EntityFrameworkOrderStore and prints "ack <command-id>" for
// each one saved, as soon as CommitAsync returns; then "done". A count of 0 writes until killed.
if (args.Length != 4 || args[0] is not ("sqlite" or "postgresql"))
{
    Console.Error.WriteLine("usage: OrderConfirmation.StoreWriter <sqlite|postgresql> <connection-string> <name> <count>");
    return 2;
}

var (provider, connectionString, name) = (args[0], args[1], args[2]);
var count = int.Parse(args[3], CultureInfo.InvariantCulture);
IOrderStore store = provider == "sqlite"
    ? new EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext>(new PooledDbContextFactory<SqliteOrderConfirmationDbContext>(SqliteOptions(connectionString)))
    : new EntityFrameworkOrderStore<PostgreSqlOrderConfirmationDbContext>(new PooledDbContextFactory<PostgreSqlOrderConfirmationDbContext>(
        new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>().UseNpgsql(connectionString).Options));
for (var i = 0; count == 0 || i < count; i++)
{
    var commit = Commits.Enter($"{name}-{i}");
    var result = await store.CommitAsync(commit);
    if (result.Status != CommitStatus.Saved)
    {
        Console.Error.WriteLine($"{commit.Receipt.CommandId}: {result.Status}");
        return 3;
    }

    Console.Out.WriteLine($"ack {commit.Receipt.CommandId}");
    Console.Out.Flush();
}

Console.Out.WriteLine("done");
return 0;

static DbContextOptions<SqliteOrderConfirmationDbContext> SqliteOptions(string connectionString)
{
    var options = new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>().UseSqlite(connectionString);
    options.UseOrderConfirmationConnectionSettings();
    return options.Options;
}
