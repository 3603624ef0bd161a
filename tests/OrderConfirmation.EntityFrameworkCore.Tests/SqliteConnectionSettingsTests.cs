using Microsoft.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Tests.Databases;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>Every SQLite connection of the store: write-ahead log, durable commits, writers that wait for each other.</summary>
#pragma warning disable CA1001 // xunit disposes the database through IAsyncLifetime.DisposeAsync
public sealed class SqliteConnectionSettingsTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private StoreDatabase<SqliteOrderConfirmationDbContext>? _database;

    public Task InitializeAsync()
    {
        _database = new SqliteDatabase();
        return _database.MigrateAsync();
    }

    public Task DisposeAsync() => _database!.DisposeAsync().AsTask();

    [Theory]
    [InlineData("PRAGMA journal_mode", "wal")]
    [InlineData("PRAGMA synchronous", "2")] // FULL: a commit returns once the log is on disk
    [InlineData("PRAGMA busy_timeout", "30000")]
    public async Task Open_StoreConnection_HasTheSetting(string pragma, string expected)
    {
        await using var context = _database!.CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;

        Assert.Equal(expected, Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Open_GivenBusyTimeout_IsTheConnectionsBusyTimeout()
    {
        var options = new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>().UseSqlite(_database!.ConnectionString);
        options.UseOrderConfirmationConnectionSettings(TimeSpan.FromSeconds(2.5));
        await using var context = new SqliteOrderConfirmationDbContext(options.Options);
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal(2500L, await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void UseOrderConfirmationConnectionSettings_BusyTimeoutOutOfRange_ThrowsNamingIt(int seconds)
    {
        var builder = new DbContextOptionsBuilder();

        Assert.Equal("busyTimeout", Assert.Throws<ArgumentOutOfRangeException>(() => builder.UseOrderConfirmationConnectionSettings(TimeSpan.FromSeconds(seconds))).ParamName);
    }
}
