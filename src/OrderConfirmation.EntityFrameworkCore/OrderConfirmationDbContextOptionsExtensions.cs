using Microsoft.EntityFrameworkCore;
using OrderConfirmation.EntityFrameworkCore.Internal;

namespace OrderConfirmation.EntityFrameworkCore;

/// <summary>Connection settings the store needs, for <see cref="OrderConfirmationDbContext"/> or a host's own context.</summary>
public static class OrderConfirmationDbContextOptionsExtensions
{
    /// <summary>The default time a SQLite writer waits for another to finish: 30 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// On SQLite, sets each connection up as it opens: write-ahead log, <c>synchronous=FULL</c> (a commit returns once
    /// it is on disk) and a busy timeout, so that writers in several processes wait for each other in turn instead of
    /// failing. Harmless on other providers (it changes nothing there).
    /// </summary>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <param name="busyTimeout">How long a writer waits for another; <see langword="null"/> for <see cref="DefaultBusyTimeout"/>.</param>
    /// <returns>The same options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="optionsBuilder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="busyTimeout"/> is negative or longer than a day.</exception>
    public static DbContextOptionsBuilder UseOrderConfirmationConnectionSettings(this DbContextOptionsBuilder optionsBuilder, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var timeout = busyTimeout ?? DefaultBusyTimeout;
        if (timeout < TimeSpan.Zero || timeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(busyTimeout), timeout, "The busy timeout must be between zero and one day.");
        }

        return optionsBuilder.AddInterceptors(new SqliteConnectionSettings(timeout));
    }
}
