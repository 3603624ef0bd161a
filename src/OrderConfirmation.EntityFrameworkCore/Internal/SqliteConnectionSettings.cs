using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// Sets every SQLite connection up for the store as it opens: the write-ahead log (readers never block the writer, and
/// the writer never blocks readers), <c>synchronous=FULL</c> (a commit returns only once the log is on disk, so an
/// acknowledged commit survives a power cut, not only a crash of the process) and a busy timeout (a second writer waits
/// for the first instead of failing with "database is locked"). Other connections are left as they are.
/// </summary>
/// <remarks>
/// The journal mode is kept in the file, so it is set once per file and process (asking again on every open of a
/// pooled connection costs a third of a commit's time); the other two belong to the connection and are set on every open.
/// </remarks>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private const string JournalMode = " PRAGMA journal_mode = WAL;";

    private readonly ConcurrentDictionary<string, bool> _walFiles = new(StringComparer.Ordinal);

    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection)
        {
            using var command = Pragmas(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection)
        {
            var command = Pragmas(connection);
            await using var disposeCommand = command.ConfigureAwait(false);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DbCommand Pragmas(DbConnection connection)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is made of constants and a number.
        command.CommandText = _walFiles.TryAdd(connection.DataSource, true) ? _pragmas + JournalMode : _pragmas;
#pragma warning restore CA2100
        return command;
    }
}
