using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;
using OrderConfirmation.EntityFrameworkCore.DependencyInjection;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary><c>AddOrderConfirmationEntityFrameworkCore</c> and <c>MigrateOrderConfirmationDatabaseAsync</c>.</summary>
public sealed class ServiceCollectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("oc-ef-di-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Migrate_SqliteFileInADirectoryNotYetThere_CreatesBothAndTheSchema()
    {
        var file = Path.Combine(_directory, "App_Data", "orders.db");
        await using var services = new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite($"Data Source={file}")).BuildServiceProvider();

        await services.MigrateOrderConfirmationDatabaseAsync();

        Assert.True(File.Exists(file));
        var store = services.GetRequiredService<IOrderStore>();
        Assert.Equal(CommitStatus.Saved, (await store.CommitAsync(Commits.Enter("SO-1001"))).Status);
        Assert.Equal(2, (await services.GetRequiredService<IAuditTrail>().GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task Add_Sqlite_OneStoreIsBothTheOrderStoreAndTheAuditTrail()
    {
        await using var services = new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "a.db")}")).BuildServiceProvider();

        Assert.Same(services.GetRequiredService<IOrderStore>(), services.GetRequiredService<IAuditTrail>());
        Assert.IsType<EntityFrameworkOrderStore<SqliteOrderConfirmationDbContext>>(services.GetRequiredService<IOrderStore>());
    }

    [Fact]
    public async Task Add_Sqlite_RegistersTheDatabaseCaseStoreOnTheSameTrail()
    {
        await using var services = new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "cases.db")}")).BuildServiceProvider();
        await services.MigrateOrderConfirmationDatabaseAsync();

        var cases = Assert.IsType<EntityFrameworkCaseStore<SqliteOrderConfirmationDbContext>>(services.GetRequiredService<ICaseStore>());
        var record = new AuditRecord(Commits.At, "conf.wang", "ConfirmationOfficer", null, "CaseCommandRefused", "{}");
        Assert.Equal(CommitStatus.Saved, (await cases.CommitAsync(new CaseCommit("C-1", 0, null, [record]))).Status);
        Assert.Equal(1, (await services.GetRequiredService<IAuditTrail>().GetHeadAsync()).Sequence);
    }

    [Fact]
    public async Task Add_HostsOwnCaseStore_IsKept()
    {
        var own = new InMemoryCaseStore();
        await using var services = new ServiceCollection()
            .AddSingleton<ICaseStore>(own)
            .AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "a.db")}"))
            .BuildServiceProvider();

        Assert.Same(own, services.GetRequiredService<ICaseStore>());
    }

    [Fact]
    public async Task Add_HostsOwnOrderStore_IsKept()
    {
        var own = new InMemoryOrderStore();
        await using var services = new ServiceCollection()
            .AddSingleton<IOrderStore>(own)
            .AddOrderConfirmationEntityFrameworkCore(o => o.UseSqlite($"Data Source={Path.Combine(_directory, "a.db")}"))
            .BuildServiceProvider();

        Assert.Same(own, services.GetRequiredService<IOrderStore>());
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Add_NoConnectionString_ThrowsSayingWhatToCall(string? connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => o.ConnectionString = connectionString));

        Assert.Equal("configure", error.ParamName);
        Assert.Contains("UseSqlite", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_UnknownProvider_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => { o.ConnectionString = "x"; o.Provider = (OrderConfirmationStorageProvider)7; }));
    }

    [Fact]
    public void Add_NullArguments_ThrowNamingThem()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => OrderConfirmationStorageServiceCollectionExtensions.AddOrderConfirmationEntityFrameworkCore(null!, _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(null!)).ParamName);
    }

    [Fact]
    public async Task Migrate_StoreNotRegistered_ThrowsSayingWhatToCall()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.MigrateOrderConfirmationDatabaseAsync());

        Assert.Contains("AddOrderConfirmationEntityFrameworkCore", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Requires", "PostgreSQL")]
    public async Task Migrate_PostgreSqlSchema_CreatesTheStoreThere()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var services = new ServiceCollection().AddOrderConfirmationEntityFrameworkCore(o => o.UsePostgreSql(schema.ConnectionString)).BuildServiceProvider();

        await services.MigrateOrderConfirmationDatabaseAsync();

        Assert.IsType<EntityFrameworkOrderStore<PostgreSqlOrderConfirmationDbContext>>(services.GetRequiredService<IAuditTrail>());
        Assert.Equal(CommitStatus.Saved, (await services.GetRequiredService<IOrderStore>().CommitAsync(Commits.Enter("SO-1001"))).Status);
        await using var connection = await schema.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from information_schema.tables where table_schema = current_schema() and table_name like 'oc_%'", connection);
        Assert.Equal(4L, await command.ExecuteScalarAsync());
    }
}
