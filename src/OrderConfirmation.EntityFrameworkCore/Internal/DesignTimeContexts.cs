using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>The SQLite context for <c>dotnet ef migrations add … --context SqliteOrderConfirmationDbContext</c>; it never connects.</summary>
internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteOrderConfirmationDbContext>
{
    public SqliteOrderConfirmationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrderConfirmationDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>The PostgreSQL context for <c>dotnet ef migrations add … --context PostgreSqlOrderConfirmationDbContext</c>; it never connects.</summary>
internal sealed class PostgreSqlDesignTimeContext : IDesignTimeDbContextFactory<PostgreSqlOrderConfirmationDbContext>
{
    public PostgreSqlOrderConfirmationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlOrderConfirmationDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
