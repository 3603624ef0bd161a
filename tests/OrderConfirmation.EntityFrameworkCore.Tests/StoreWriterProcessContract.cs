using System.Diagnostics;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// Issue 14 across real OS processes (tests/OrderConfirmation.StoreWriter): several processes appending to one database
/// make one chain that verifies, holding every acknowledged commit and nothing else; a writer killed mid-stream loses
/// no acknowledged commit and leaves no state without its audit entries and receipt.
/// </summary>
public abstract class StoreWriterProcessContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private StoreDatabase<TContext>? _database;

    protected abstract string Provider { get; }

    private StoreDatabase<TContext> Database => _database!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task Commit_ThreeProcessesAtOnce_OneChainWithEveryAcknowledgedCommit()
    {
        var writers = new[] { "a", "b", "c" }.Select(name => Start(name, 40)).ToList();

        var acknowledged = new List<string>();
        foreach (var writer in writers)
        {
            acknowledged.AddRange(await AcknowledgedAsync(writer, stopAfter: null));
        }

        Assert.Equal(120, acknowledged.Count);
        var store = Database.CreateStore();
        var verification = await store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(2 * acknowledged.Count, verification.EntriesVerified);
        foreach (var commandId in acknowledged)
        {
            Assert.NotNull(await store.FindCommandAsync(commandId));
        }
    }

    [Fact]
    public async Task Commit_WriterKilledMidStream_NoAcknowledgedCommitIsLostAndNoStateLacksItsEntries()
    {
        var steady = Start("steady", 30);
        var victim = Start("victim", 0);

        var killed = await AcknowledgedAsync(victim, stopAfter: 25);
        var acknowledged = (await AcknowledgedAsync(steady, stopAfter: null)).Concat(killed).ToList();

        var store = Database.CreateStore();
        var verification = await store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        foreach (var commandId in acknowledged)
        {
            Assert.NotNull(await store.FindCommandAsync(commandId));
        }

        // Every entered order has its two entries and its receipt, and there is no entry or receipt without an order.
        var orders = await Database.QueryAsync("SELECT order_id FROM oc_orders");
        var entries = new List<AuditEntry>();
        await foreach (var entry in store.ReadAsync(AuditQuery.All))
        {
            entries.Add(entry);
        }

        Assert.Equal(2 * orders.Count, entries.Count);
        Assert.True(orders.Count >= acknowledged.Count);
        Assert.Equal(orders.Count, (await Database.QueryAsync("SELECT command_id FROM oc_commands")).Count);
        foreach (var order in orders)
        {
            Assert.Equal(2, entries.Count(e => e.OrderId == order));
            Assert.NotNull(await store.FindCommandAsync($"enter-{order}"));
        }
    }

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    private Process Start(string name, int count)
    {
        // tests/OrderConfirmation.StoreWriter/bin/<configuration>/net10.0/, built before these tests.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var writer = Path.Combine(DotnetCli.RepositoryRoot, "tests", "OrderConfirmation.StoreWriter", "bin", output.Parent!.Name, output.Name, "OrderConfirmation.StoreWriter.dll");
        var start = new ProcessStartInfo(DotnetCli.Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { writer, Provider, Database.ConnectionString, name, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {writer}.");
    }

    /// <summary>The command ids the writer acknowledged; with <paramref name="stopAfter"/>, kills it (SIGKILL) after that many.</summary>
    private static async Task<List<string>> AcknowledgedAsync(Process writer, int? stopAfter)
    {
        using (writer)
        {
            var acknowledged = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await writer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acknowledged.Add(line[4..]);
                }

                if (acknowledged.Count == stopAfter)
                {
                    writer.Kill(entireProcessTree: true);
                    break;
                }
            }

            await writer.WaitForExitAsync(timeout.Token);
            if (stopAfter is null && writer.ExitCode != 0)
            {
                throw new InvalidOperationException($"The writer failed ({writer.ExitCode}): {await writer.StandardError.ReadToEndAsync(timeout.Token)}");
            }

            return acknowledged;
        }
    }
}
