namespace OrderConfirmation.EntityFrameworkCore.DependencyInjection;

/// <summary>The database the store lives in (configuration key <c>OrderConfirmation:Storage:Provider</c>).</summary>
public enum OrderConfirmationStorageProvider
{
    /// <summary>SQLite: one file, nothing to install; the default. Writers in several processes take turns.</summary>
    Sqlite = 0,

    /// <summary>PostgreSQL (Npgsql), for hosts that run several instances.</summary>
    PostgreSql = 1,
}
