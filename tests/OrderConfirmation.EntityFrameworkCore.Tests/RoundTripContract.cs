using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>
/// How much a store asks of its database per audited command (issue 17: audited commands per second), counted rather
/// than timed, so that a change that adds a round trip or a statement to the command's path fails here. A command is a
/// read of its order (<see cref="IOrderStore.FindAsync"/>) and a commit. A store that committed last knows the audit head
/// and writes in the round trip that takes the lock and reads; a store whose head another writer moved reads first and
/// writes after, as every commit did before issue 17. Each provider counts in its own unit (<see cref="Count"/>).
/// </summary>
public abstract class RoundTripContract<TContext> : IAsyncLifetime
    where TContext : OrderConfirmationDbContext
{
    private StoreDatabase<TContext>? _database;

    protected StoreDatabase<TContext> Database => _database ?? throw new InvalidOperationException("InitializeAsync has not run.");

    /// <summary>What the provider counts for reading an order.</summary>
    protected abstract int Find { get; }

    /// <summary>What the provider counts for a commit whose store knows the head: the lock, the reads and the writes together, then the commit.</summary>
    protected abstract int CommitKnowingTheHead { get; }

    /// <summary>What the provider counts for a commit whose store does not know the head: the lock and the reads, the writes, the commit.</summary>
    protected abstract int CommitReadingFirst { get; }

    /// <summary>What the provider counts for a commit whose store guessed the head wrong: as <see cref="CommitReadingFirst"/>, its guarded writes sent with the reads.</summary>
    protected virtual int CommitAfterAWrongGuess => CommitReadingFirst;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Command_AfterTheStoresOwnCommit_ReadsOnceAndCommitsInOneRoundTripBeforeTheCommit()
    {
        var store = CreateStore();
        await store.CommitAsync(Commits.Enter("SO-1001"));
        CommitResult? result = null;

        var count = await Count(async () =>
        {
            var stored = await store.FindAsync("SO-1001");
            result = await store.CommitAsync(Commits.Change("SO-1001", stored!.Version, "review-1001"));
        });

        Assert.Equal(Find + CommitKnowingTheHead, count);
        Assert.Equal((CommitStatus.Saved, 2L), (result!.Status, result.Version));
        Assert.Equal([3L], result.Entries.Select(e => e.Sequence));
        Assert.True((await store.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Commit_FirstOfTheStore_ReadsBeforeItWrites()
    {
        var store = CreateStore();

        var count = await Count(async () => await store.CommitAsync(Commits.Enter("SO-1001")));

        Assert.Equal(CommitReadingFirst, count);
    }

    [Fact]
    public async Task Commit_AfterAnotherStoreAppended_WritesNothingOnTheGuessAndCommitsFromWhatItRead()
    {
        var store = CreateStore();
        var other = CreateStore();
        await store.CommitAsync(Commits.Enter("SO-1001"));
        await other.CommitAsync(Commits.Enter("SO-1002"));
        CommitResult? result = null;

        var count = await Count(async () => result = await store.CommitAsync(Commits.Change("SO-1001", 1, "review-1001")));

        // The guess (head 2) was wrong: the head was 4. The guarded writes wrote nothing, and the commit was written after the reads.
        Assert.Equal(CommitAfterAWrongGuess, count);
        Assert.Equal((CommitStatus.Saved, 2L), (result!.Status, result.Version));
        Assert.Equal([5L], result.Entries.Select(e => e.Sequence));
        var verification = await store.VerifyAsync();
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(5, verification.EntriesVerified);
    }

    [Fact]
    public async Task Commit_RightHeadButTheOrderMovedOn_IsAVersionConflictThatWritesNothing()
    {
        var store = CreateStore();
        var other = CreateStore();
        await other.CommitAsync(Commits.Enter("SO-1001"));
        await store.CommitAsync(Commits.Enter("SO-1002"));

        // The head is the one this store left, but the commit expects version 0 of an order another store entered.
        var result = await store.CommitAsync(Commits.Enter("SO-1001", "enter-again"));

        Assert.Equal((CommitStatus.VersionConflict, 1L), (result.Status, result.Version));
        Assert.Empty(result.Entries);
        Assert.Equal(4, (await store.GetHeadAsync()).Sequence);
        Assert.Empty(await Database.QueryAsync("SELECT command_id FROM oc_commands WHERE command_id = 'enter-again'"));
        Assert.True((await store.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Commit_RightHeadButTheCommandIdStored_IsADuplicateThatWritesNothing()
    {
        var store = CreateStore();
        var first = Commits.Enter("SO-1001");
        await store.CommitAsync(first);

        var result = await store.CommitAsync(Commits.Enter("SO-1002", first.Receipt.CommandId));

        Assert.Equal(CommitStatus.DuplicateCommand, result.Status);
        Assert.Equal(first.Receipt, result.Existing);
        Assert.Null(await store.FindAsync("SO-1002"));
        Assert.Equal(2, (await store.GetHeadAsync()).Sequence);
    }

    /// <summary>The provider's count of what the store sent to the database while <paramref name="work"/> ran.</summary>
    protected abstract Task<int> Count(Func<Task> work);

    protected abstract Task<StoreDatabase<TContext>> CreateDatabaseAsync();

    /// <summary>A store with a pool of its own, as another host instance would have, whose work <see cref="Count"/> can see.</summary>
    protected virtual EntityFrameworkOrderStore<TContext> CreateStore() => Database.CreateStore();
}
