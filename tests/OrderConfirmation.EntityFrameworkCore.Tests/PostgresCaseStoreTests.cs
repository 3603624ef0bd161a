using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>The case store's contract on PostgreSQL, in a schema of its own per test.</summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresCaseStoreTests : CaseStoreContract<PostgreSqlOrderConfirmationDbContext>
{
    [Fact]
    public async Task Commit_CaseIdWithTheNulCharacter_IsRefusedBeforeAnythingIsWritten()
    {
        var state = Received("C-1") with { CaseId = "C\0-1" };

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await Cases.CommitAsync(new CaseCommit("C\0-1", 0, state, [Record("CaseCommandAccepted")])));

        Assert.Equal("commit", error.ParamName);
        Assert.Contains("U+0000", error.Message, StringComparison.Ordinal);
        Assert.Equal(AuditHead.Empty, await Orders.GetHeadAsync());
    }

    protected override async Task<StoreDatabase<PostgreSqlOrderConfirmationDbContext>> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();
}
