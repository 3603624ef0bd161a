using Npgsql;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.Tests.Storage;

/// <summary>
/// The test server itself (eng/postgres.sh, <see cref="PostgresServer"/>, <see cref="PostgresSchema"/>). Every test
/// that needs PostgreSQL follows this pattern: a class named <c>Postgres…Tests</c> with the trait
/// <c>Requires=PostgreSQL</c> (<c>dotnet test --filter Requires=PostgreSQL</c> runs them all), one
/// <see cref="PostgresSchema"/> per test, and no skip: without a server the test fails and says why.
/// </summary>
[Trait("Requires", "PostgreSQL")]
public sealed class PostgresServerTests
{
    [Fact]
    public async Task CreateInsertSelect_ThrowawaySchema_ReadsBackTheRowItWrote()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var connection = await schema.OpenAsync();

        await using (var version = new NpgsqlCommand("select version()", connection))
        {
            Assert.StartsWith("PostgreSQL ", (string?)await version.ExecuteScalarAsync(), StringComparison.Ordinal);
        }

        await using (var create = new NpgsqlCommand(
            "create table confirmation (order_id text primary key, amount numeric(18, 2) not null, confirmed_by text not null)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var insert = new NpgsqlCommand("insert into confirmation values (@order, @amount, @by)", connection))
        {
            insert.Parameters.AddWithValue("order", "SO-1001");
            insert.Parameters.AddWithValue("amount", 13_500.25m);
            insert.Parameters.AddWithValue("by", "head.chen (Zürich)");
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        await using var select = new NpgsqlCommand(
            "select c.order_id, c.amount, c.confirmed_by, t.table_schema from confirmation c " +
            "cross join information_schema.tables t where t.table_name = 'confirmation'", connection);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(
            ("SO-1001", 13_500.25m, "head.chen (Zürich)", schema.Name),
            (reader.GetString(0), reader.GetDecimal(1), reader.GetString(2), reader.GetString(3)));
        Assert.False(await reader.ReadAsync());
    }
}
