using System.Diagnostics;
using System.Globalization;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// Issue 14 across real OS processes (tests/OrderConfirmation.StoreWriter, through the command processor): several
/// processes giving commands on one order at once make one chain that verifies, with every acknowledged command in it
/// once and no lost update; a writer killed mid-stream loses no acknowledged command and leaves no state without its
/// audit entry and receipt.
/// </summary>
public abstract class MultiProcessContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private const string OrderId = "SO-MP";

    private StoreDatabase<TContext>? _database;

    protected abstract string Provider { get; }

    private StoreDatabase<TContext> Database => _database!;

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task Report_ThreeProcessesOnOneOrder_EveryAcknowledgedCommandOnceInOneChainAndNoLostUpdate()
    {
        var ready = await SetUpAsync();
        var writers = new[] { "a", "b", "c" }.Select(name => Start("report", OrderId, name, "20")).ToList();

        var acknowledged = new List<(string CommandId, long Version)>();
        foreach (var writer in writers)
        {
            acknowledged.AddRange(await AcknowledgedAsync(writer, stopAfter: null));
        }

        Assert.Equal(60, acknowledged.Count);
        Assert.Equal(Enumerable.Range(1, 60).Select(i => ready + i), acknowledged.Select(a => a.Version).Order()); // each version once
        var store = Database.CreateStore();
        Assert.Equal(ready + 60, (await store.FindAsync(OrderId))!.Version);
        var verification = await store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        var accepted = await AcceptedReportsAsync(store);
        Assert.Equal(acknowledged.Select(a => a.CommandId).Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Report_WriterKilledMidStream_NoAcknowledgedCommandLostAndNoStateWithoutItsEntryAndReceipt()
    {
        var ready = await SetUpAsync();
        var steady = Start("report", OrderId, "steady", "25");
        var victim = Start("report", OrderId, "victim", "0");

        var killed = await AcknowledgedAsync(victim, stopAfter: 15);
        var acknowledged = (await AcknowledgedAsync(steady, stopAfter: null)).Concat(killed).Select(a => a.CommandId).ToList();

        var store = Database.CreateStore();
        var verification = await store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        var accepted = await AcceptedReportsAsync(store);
        var receipts = (await Database.QueryAsync("SELECT command_id FROM oc_commands")).Where(IsReport).ToList();
        Assert.Subset(accepted.ToHashSet(), acknowledged.ToHashSet());
        // What the killed writer committed without acknowledging is there whole or not at all: a state per entry and receipt.
        Assert.Equal(receipts.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
        Assert.Equal(ready + accepted.Count, (await store.FindAsync(OrderId))!.Version);
    }

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    /// <summary>Whether a command id is one of the writers' progress reports (not the set-up's).</summary>
    private static bool IsReport(string commandId) => !commandId.StartsWith("setup-", StringComparison.Ordinal);

    /// <summary>The command ids of the accepted commands the trail records after the set-up, once each.</summary>
    private static async Task<List<string>> AcceptedReportsAsync<T>(EntityFrameworkOrderStore<T> store)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        var ids = new List<string>();
        await foreach (var entry in store.ReadAsync(new AuditQuery(OrderId: OrderId)))
        {
            if (entry.Kind == "CommandAccepted" && System.Text.Json.JsonDocument.Parse(entry.Payload).RootElement.TryGetProperty("commandId", out var id) && IsReport(id.GetString()!))
            {
                ids.Add(id.GetString()!);
            }
        }

        return ids;
    }

    /// <summary>Migrates the database and brings the order to InExecution; returns its version.</summary>
    private async Task<long> SetUpAsync()
    {
        using var setup = Start("setup", OrderId);
        var output = await setup.StandardOutput.ReadToEndAsync();
        await setup.WaitForExitAsync();
        Assert.True(setup.ExitCode == 0, $"setup failed ({setup.ExitCode}): {output}{await setup.StandardError.ReadToEndAsync()}");
        return long.Parse(output.Trim().Split(' ')[1], CultureInfo.InvariantCulture);
    }

    private Process Start(params string[] arguments)
    {
        // tests/OrderConfirmation.StoreWriter/bin/<configuration>/net10.0/, built before these tests.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var writer = Path.Combine(DotnetCli.RepositoryRoot, "tests", "OrderConfirmation.StoreWriter", "bin", output.Parent!.Name, output.Name, "OrderConfirmation.StoreWriter.dll");
        var start = new ProcessStartInfo(DotnetCli.Host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(arguments[0]);
        start.ArgumentList.Add(Provider);
        start.ArgumentList.Add(Database.ConnectionString);
        foreach (var argument in arguments.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {writer}.");
    }

    /// <summary>The commands the writer acknowledged and the versions they left; with <paramref name="stopAfter"/>, kills it (SIGKILL) after that many.</summary>
    private static async Task<List<(string CommandId, long Version)>> AcknowledgedAsync(Process writer, int? stopAfter)
    {
        using (writer)
        {
            var acknowledged = new List<(string, long)>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await writer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Split(' ') is ["ack", var commandId, var version, _])
                {
                    acknowledged.Add((commandId, long.Parse(version, CultureInfo.InvariantCulture)));
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
