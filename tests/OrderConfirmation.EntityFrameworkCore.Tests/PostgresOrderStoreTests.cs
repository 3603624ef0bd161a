using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>The store's contract on PostgreSQL, in a schema of its own per test.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresOrderStoreTests : OrderStoreContract<PostgreSqlOrderConfirmationDbContext>
{
    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();

    [Fact]
    public async Task Commit_ActorWithTheNulCharacter_IsRefusedBeforeAnythingIsWritten()
    {
        var commit = Commits.Enter("SO-1001", actor: "li\0lei");

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await Store.CommitAsync(commit));

        Assert.Equal("commit", error.ParamName);
        Assert.Contains("U+0000", error.Message, StringComparison.Ordinal);
        Assert.Null(await Store.FindAsync("SO-1001"));
        Assert.Equal(AuditHead.Empty, await Store.GetHeadAsync());
    }

    protected override bool StorableHere(AuditRecord record) =>
        !record.Actor.Contains('\0', StringComparison.Ordinal) && record.OrderId?.Contains('\0', StringComparison.Ordinal) != true;
}
