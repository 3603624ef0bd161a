using Microsoft.EntityFrameworkCore;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// A host applies the store's model to its own context and commits an order through it, in its own transaction with
/// its own rows (issue 14: "its own data commits in the same transaction"): both or neither.
/// </summary>
public abstract class HostTransactionContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private StoreDatabase<TContext>? _database;

    private StoreDatabase<TContext> Database => _database!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
        await Database.ExecuteAsync(HostContext.CreateInvoicesSql);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task CommitOrder_HostCommitsItsTransaction_HostRowAndOrderAreBothStored()
    {
        await using (var host = new HostContext(Database.OptionsFor<HostContext>()))
        {
            await using var transaction = await host.Database.BeginTransactionAsync();
            host.Invoices.Add(new Invoice { Number = "INV-1", AmountCents = 1_350_025 });
            await host.SaveChangesAsync();
            var result = await host.CommitOrderAsync(Commits.Enter("SO-1001"));
            Assert.Equal(CommitStatus.Saved, result.Status);
            await transaction.CommitAsync();
        }

        var store = Database.CreateStore();
        Assert.NotNull(await store.FindAsync("SO-1001"));
        Assert.Equal(2, (await store.VerifyAsync()).EntriesVerified);
        Assert.Equal(1, await CountInvoicesAsync());
    }

    [Fact]
    public async Task CommitOrder_HostRollsItsTransactionBack_NeitherIsStored()
    {
        await using (var host = new HostContext(Database.OptionsFor<HostContext>()))
        {
            await using var transaction = await host.Database.BeginTransactionAsync();
            var result = await host.CommitOrderAsync(Commits.Enter("SO-1001"));
            host.Invoices.Add(new Invoice { Number = "INV-1", AmountCents = 100 });
            await host.SaveChangesAsync();
            Assert.Equal(CommitStatus.Saved, result.Status);
            await transaction.RollbackAsync();
        }

        var store = Database.CreateStore();
        Assert.Null(await store.FindAsync("SO-1001"));
        Assert.Null(await store.FindCommandAsync("enter-SO-1001"));
        Assert.Equal(AuditHead.Empty, await store.GetHeadAsync());
        Assert.Equal(0, await CountInvoicesAsync());
    }

    [Fact]
    public async Task CommitOrder_ConflictInsideTheHostTransaction_WritesNothingOfTheOrderAndKeepsTheHostsRows()
    {
        var store = Database.CreateStore();
        await store.CommitAsync(Commits.Enter("SO-1001"));
        await using (var host = new HostContext(Database.OptionsFor<HostContext>()))
        {
            await using var transaction = await host.Database.BeginTransactionAsync();
            host.Invoices.Add(new Invoice { Number = "INV-1", AmountCents = 100 });
            await host.SaveChangesAsync();
            var result = await host.CommitOrderAsync(Commits.Enter("SO-1001", "enter-twice"));
            Assert.Equal(CommitStatus.VersionConflict, result.Status);
            await transaction.CommitAsync();
        }

        Assert.Equal(1, await CountInvoicesAsync());
        Assert.Null(await store.FindCommandAsync("enter-twice"));
        Assert.Equal(2, (await store.GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task CommitOrder_FailsInsideTheHostTransaction_LeavesNoPartOfTheOrderInIt()
    {
        var store = Database.CreateStore();
        await store.CommitAsync(Commits.Enter("SO-1001"));
        await Database.ExecuteAsync(Database.FailingInsertTrigger("Boom"));
        await using (var host = new HostContext(Database.OptionsFor<HostContext>()))
        {
            await using var transaction = await host.Database.BeginTransactionAsync();
            var change = Commits.Change("SO-1001", 1, "cmd-boom");
            await Assert.ThrowsAnyAsync<Exception>(async () => await host.CommitOrderAsync(change with { Audit = [.. change.Audit, Commits.Record("SO-1001", "Boom")] }));
            host.Invoices.Add(new Invoice { Number = "INV-1", AmountCents = 100 });
            await host.SaveChangesAsync();
            await transaction.CommitAsync(); // a host that carries on: the savepoint took the order's writes back
        }

        Assert.Equal(1, await CountInvoicesAsync());
        Assert.Equal(1, (await store.FindAsync("SO-1001"))!.Version);
        Assert.Null(await store.FindCommandAsync("cmd-boom"));
        Assert.True((await store.VerifyAsync()).IsIntact);
        Assert.Equal(2, (await store.GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task CommitOrder_WithoutAHostTransaction_CommitsOnItsOwn()
    {
        await using (var host = new HostContext(Database.OptionsFor<HostContext>()))
        {
            Assert.Equal(CommitStatus.Saved, (await host.CommitOrderAsync(Commits.Enter("SO-1001"))).Status);
        }

        Assert.NotNull(await Database.CreateStore().FindAsync("SO-1001"));
    }

    [Fact]
    public async Task CommitOrder_ContextWithoutTheStoresModel_ThrowsSayingWhatToCall()
    {
        await using var bare = new BareContext(Database.OptionsFor<BareContext>());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await bare.CommitOrderAsync(Commits.Enter("SO-1001")));

        Assert.Contains("ApplyOrderConfirmationModel", error.Message, StringComparison.Ordinal);
    }

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    private async Task<int> CountInvoicesAsync()
    {
        await using var host = new HostContext(Database.OptionsFor<HostContext>());
        return await host.Invoices.CountAsync();
    }
}
