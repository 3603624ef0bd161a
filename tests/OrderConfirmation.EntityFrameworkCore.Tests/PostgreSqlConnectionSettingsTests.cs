using Npgsql;
using OrderConfirmation.EntityFrameworkCore.Internal;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>The store's PostgreSQL defaults are added where the host's connection string sets nothing, never over what it sets.</summary>
public sealed class PostgreSqlConnectionSettingsTests
{
    [Fact]
    public void Tuned_NothingSet_PreparesStatementsAndKeepsThemAcrossPooledUses()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionSettings.Tuned("Host=db;Database=orders;Username=app"));

        Assert.Equal((32, true), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
        Assert.Equal(("db", "orders", "app"), (tuned.Host, tuned.Database, tuned.Username));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false", 0, false)]
    [InlineData("Host=db;maxautoprepare=5", 5, true)]
    [InlineData("Host=db;NoResetOnClose=false", 32, false)]
    public void Tuned_HostSetsAValue_KeepsIt(string given, int maxAutoPrepare, bool noResetOnClose)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionSettings.Tuned(given));

        Assert.Equal((maxAutoPrepare, noResetOnClose), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
    }
}
