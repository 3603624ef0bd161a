using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// One or more commits written in one transaction with two round trips: one read (the append lock, the receipts under
/// their command ids, the orders' versions, the audit head) and one write (states, sealed entries, receipts); or with
/// one, when the store knows the head and the read carries the writes, guarded (<see cref="GuessedWrites"/>). The
/// commits are checked in turn as if written one by one, each seeing those before it: a command id given twice is a
/// duplicate the second time, a second change of an order from the same version a conflict, and the entries follow on.
/// </summary>
internal static class CommitBatch
{
    /// <summary>Ends a guarded write, so that the rows it wrote can be counted whatever the provider says of rows affected.</summary>
    private const string Returning = " RETURNING 1";

    private const string ReceiptColumns = "command_id, order_id, kind, actor_id, role, at, at_nanoseconds, refusal_reason, refusal_message, version, revision, status, fingerprint";

    /// <summary>
    /// Writes the commits in the transaction (it neither commits nor rolls back); returns each one's result, in order.
    /// With a <paramref name="known"/> head to guess, the writes go in the round trip that takes the lock and reads,
    /// guarded so that they do nothing unless that head, the expected versions and new command ids hold; when the reads
    /// show they did not, the commits are written from what was read, as without a guess.
    /// </summary>
    /// <exception cref="DbException">The database refused a write (a duplicate key from a writer that did not take the lock, a trigger, …); nothing of the batch may be committed.</exception>
    /// <exception cref="GuessedWriteMissedException">Some guarded writes were made and others not; nothing of the batch may be committed.</exception>
    public static async ValueTask<CommitResult[]> WriteAsync(DbContext context, DbTransaction transaction, StoreDialect dialect, IReadOnlyList<PreparedCommit> commits, KnownAuditHead? known, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? context.Database.GetDbConnection();
        var read = Command(connection, transaction, context);
        await using var disposeRead = read.ConfigureAwait(false);
        var guessed = known?.Take() is { } guess && AllDistinct(commits) ? GuessedWrites.Add(read, commits, guess) : null;
        var (receipts, versions, head, rowsWritten) = await ReadAsync(read, dialect, commits, guessed?.Sql, cancellationToken).ConfigureAwait(false);
        if (guessed is not null)
        {
            var right = guessed.Holds(head, receipts, versions);
            known!.Guessed(right);
            if (right && rowsWritten == guessed.Rows)
            {
                known.Leaves(guessed.Head);
                return guessed.Results;
            }

            if (right)
            {
                throw new DbUpdateConcurrencyException($"The commit wrote {rowsWritten} rows instead of {guessed.Rows}: another writer changed an order without taking the store's lock. Nothing was saved.");
            }

            if (rowsWritten > 0)
            {
                throw new GuessedWriteMissedException();
            }
        }

        var results = new CommitResult[commits.Count];
        var sql = new StringBuilder(1024 * commits.Count);
        var write = Command(connection, transaction, context);
        await using var disposeWrite = write.ConfigureAwait(false);
        var expectedRows = 0;
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            var receipt = commit.Commit.Receipt;
            var stored = versions.GetValueOrDefault(receipt.OrderId);
            if (receipts.TryGetValue(receipt.CommandId, out var existing))
            {
                results[i] = new CommitResult(CommitStatus.DuplicateCommand, stored, [], existing);
                continue;
            }

            if (stored != commit.Commit.ExpectedVersion)
            {
                results[i] = new CommitResult(CommitStatus.VersionConflict, stored, []);
                continue;
            }

            var version = commit.State is null ? stored : stored + 1;
            var entries = Seal(commit.Commit.Audit, head);
            expectedRows += AddWrites(sql, write, $"i{i}_", commit, stored, version, entries, guard: null);
            head = entries.Count > 0 ? entries[^1].ToHead() : head;
            versions[receipt.OrderId] = version;
            receipts[receipt.CommandId] = receipt;
            results[i] = new CommitResult(CommitStatus.Saved, version, entries);
        }

        await ExecuteWritesAsync(write, sql, expectedRows, "The commit", "an order", cancellationToken).ConfigureAwait(false);
        known?.Leaves(head);
        return results;
    }

    /// <summary>
    /// Appends one record as the chain's next entry in the transaction (it neither commits nor rolls back), with two round
    /// trips: one read (the append lock and the audit head) and one write.
    /// </summary>
    /// <exception cref="DbException">The database refused the write (a duplicate sequence from a writer that did not take the lock, …).</exception>
    public static async ValueTask<AuditEntry> AppendAsync(DbContext context, DbTransaction transaction, StoreDialect dialect, AuditRecord record, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? context.Database.GetDbConnection();
        AuditHead head;
        var read = Command(connection, transaction, context);
        await using (read.ConfigureAwait(false))
        {
            read.CommandText = $"{dialect.SerializeAppends}SELECT sequence, hash FROM {StoreTables.AuditEntries} ORDER BY sequence DESC LIMIT 1;";
            var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (dialect.SerializeAppends.Length > 0)
                {
                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }

                head = await ReadHeadAsync(reader, cancellationToken).ConfigureAwait(false);
            }
        }

        var entry = AuditEntry.Seal(record, head);
        var write = Command(connection, transaction, context);
        await using var disposeWrite = write.ConfigureAwait(false);
        var sql = new StringBuilder(512);
        AddAuditRows(sql, write, "a_", [entry]);
#pragma warning disable CA2100 // The text is made of the store's constants and parameter names; every value is a parameter.
        write.CommandText = sql.ToString();
#pragma warning restore CA2100
        if (await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new DbUpdateConcurrencyException("The audit entry was not written. Nothing was saved.");
        }

        return entry;
    }

    /// <summary>
    /// Writes one case commit in the transaction (it neither commits nor rolls back), with two round trips: one read (the
    /// append lock, the case's version, the audit head) and one write (the case row and the sealed entries, appended to
    /// the same chain as the orders'). A version other than the expected one is a conflict and writes nothing.
    /// <paramref name="document"/> is the commit's state as <see cref="CaseStateDocument"/> JSON, when it has a state.
    /// </summary>
    /// <exception cref="DbException">The database refused a write (a duplicate key from a writer that did not take the lock, …); nothing may be committed.</exception>
    public static async ValueTask<CaseCommitResult> WriteCaseAsync(DbContext context, DbTransaction transaction, StoreDialect dialect, CaseCommit commit, string? document, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? context.Database.GetDbConnection();
        long stored;
        AuditHead head;
        var read = Command(connection, transaction, context);
        await using (read.ConfigureAwait(false))
        {
            Add(read, "case_id", commit.CaseId);
            read.CommandText =
                $"""
                {dialect.SerializeAppends}SELECT version FROM {StoreTables.Cases} WHERE case_id = @case_id;
                SELECT sequence, hash FROM {StoreTables.AuditEntries} ORDER BY sequence DESC LIMIT 1;
                """;
            var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (dialect.SerializeAppends.Length > 0)
                {
                    await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                }

                stored = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : 0;
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                head = await ReadHeadAsync(reader, cancellationToken).ConfigureAwait(false);
            }
        }

        if (stored != commit.ExpectedVersion)
        {
            return new CaseCommitResult(CommitStatus.VersionConflict, stored, []);
        }

        var entries = Seal(commit.Audit, head);
        var version = stored;
        var write = Command(connection, transaction, context);
        await using var disposeWrite = write.ConfigureAwait(false);
        var sql = new StringBuilder(1024);
        var expectedRows = entries.Count;
        if (commit.State is { } state && document is not null)
        {
            version++;
            expectedRows++;
            sql.Append(stored == 0
                ? $"INSERT INTO {StoreTables.Cases} (case_id, kind, status, version, state, received_at, reply_due_at) VALUES (@case_id, @kind, @status, @version, @state, @received_at, @reply_due_at);\n"
                : $"UPDATE {StoreTables.Cases} SET kind = @kind, status = @status, version = @version, state = @state, received_at = @received_at, reply_due_at = @reply_due_at WHERE case_id = @case_id AND version = @expected_version;\n");
            Add(write, "case_id", commit.CaseId);
            Add(write, "kind", state.Kind.ToString());
            Add(write, "status", state.Status.ToString());
            Add(write, "version", version);
            Add(write, "state", document);
            Add(write, "received_at", InstantColumns.Ticks(state.ReceivedAt));
            Add(write, "reply_due_at", InstantColumns.Ticks(state.ReplyDueAt));
            Add(write, "expected_version", stored);
        }

        AddAuditRows(sql, write, "c_", entries);
        await ExecuteWritesAsync(write, sql, expectedRows, "The case commit", "the case", cancellationToken).ConfigureAwait(false);
        return new CaseCommitResult(CommitStatus.Saved, version, entries);
    }

    /// <summary>Runs the statements (none when no row is expected) and checks that they wrote the rows expected.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another number of rows was written: a writer that did not take the lock changed what was read.</exception>
    private static async ValueTask ExecuteWritesAsync(DbCommand write, StringBuilder sql, int expectedRows, string commit, string changed, CancellationToken cancellationToken)
    {
        if (expectedRows == 0)
        {
            return;
        }

#pragma warning disable CA2100 // The text is made of the store's constants and parameter names; every value is a parameter.
        write.CommandText = sql.ToString();
#pragma warning restore CA2100
        var rows = await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (rows != expectedRows)
        {
            throw new DbUpdateConcurrencyException($"{commit} wrote {rows} rows instead of {expectedRows}: another writer changed {changed} without taking the store's lock. Nothing was saved.");
        }
    }

    private static async ValueTask<AuditHead> ReadHeadAsync(DbDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new AuditHead(reader.GetInt64(0), reader.GetString(1)) : AuditHead.Empty;

    /// <summary>
    /// Takes the lock and reads the receipts under the commits' ids, the orders' versions and the audit head, then runs
    /// <paramref name="writes"/> (if any) in the same round trip; returns what was read and the rows the writes wrote.
    /// </summary>
    private static async ValueTask<(Dictionary<string, CommandReceipt> Receipts, Dictionary<string, long> Versions, AuditHead Head, int RowsWritten)> ReadAsync(
        DbCommand read, StoreDialect dialect, IReadOnlyList<PreparedCommit> commits, string? writes, CancellationToken cancellationToken)
    {
        var commandIds = InList(read, "c", commits.Select(c => c.Commit.Receipt.CommandId));
        var orderIds = InList(read, "o", commits.Select(c => c.Commit.Receipt.OrderId));
#pragma warning disable CA2100 // The text is made of the store's constants and parameter names; every value is a parameter.
        read.CommandText =
            $"""
            {dialect.SerializeAppends}SELECT {ReceiptColumns} FROM {StoreTables.Commands} WHERE command_id IN ({commandIds});
            SELECT order_id, version FROM {StoreTables.Orders} WHERE order_id IN ({orderIds});
            SELECT sequence, hash FROM {StoreTables.AuditEntries} ORDER BY sequence DESC LIMIT 1;
            {writes}
            """;
#pragma warning restore CA2100
        var receipts = new Dictionary<string, CommandReceipt>(StringComparer.Ordinal);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var closeReader = reader.ConfigureAwait(false);
        if (dialect.SerializeAppends.Length > 0)
        {
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var receipt = ReceiptRows.FromRow(ReadReceipt(reader));
            receipts[receipt.CommandId] = receipt;
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var head = await ReadHeadAsync(reader, cancellationToken).ConfigureAwait(false);
        var rowsWritten = 0;
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
            // The guarded writes return a row for each row they write (SQLite runs each statement as its result is asked for).
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rowsWritten++;
            }
        }

        return (receipts, versions, head, rowsWritten);
    }

    /// <summary>Whether no command id and no order id comes twice, so that each commit's guard can be checked on its own.</summary>
    private static bool AllDistinct(IReadOnlyList<PreparedCommit> commits) =>
        commits.Select(c => c.Commit.Receipt.CommandId).Distinct(StringComparer.Ordinal).Count() == commits.Count
        && commits.Select(c => c.Commit.Receipt.OrderId).Distinct(StringComparer.Ordinal).Count() == commits.Count;

    internal static List<AuditEntry> Seal(IReadOnlyList<AuditRecord> records, AuditHead head)
    {
        var entries = new List<AuditEntry>(records.Count);
        foreach (var record in records)
        {
            var entry = AuditEntry.Seal(record, head);
            entries.Add(entry);
            head = entry.ToHead();
        }

        return entries;
    }

    /// <summary>
    /// Adds one commit's statements and parameters (named with <paramref name="p"/>); returns the rows they must write.
    /// With a <paramref name="guard"/> (a condition on the audit head), each statement writes nothing unless it holds,
    /// the order still has the expected version (or is not stored yet) and the command id is not stored yet.
    /// </summary>
    internal static int AddWrites(StringBuilder sql, DbCommand write, string p, PreparedCommit commit, long stored, long version, List<AuditEntry> entries, string? guard)
    {
        var rows = 1 + entries.Count;
        if (commit.State is { } state)
        {
            rows++;
            sql.Append(stored == 0
                ? $"INSERT INTO {StoreTables.Orders} (order_id, status, revision, version, state, entered_at, received_at, updated_at) {Row($"@{p}order_id, @{p}status, @{p}revision, @{p}version, @{p}state, @{p}entered_at, @{p}received_at, @{p}updated_at", guard, $"{StoreTables.Orders} WHERE order_id = @{p}order_id")};\n"
                : $"UPDATE {StoreTables.Orders} SET status = @{p}status, revision = @{p}revision, version = @{p}version, state = @{p}state, entered_at = @{p}entered_at, received_at = @{p}received_at, updated_at = @{p}updated_at WHERE order_id = @{p}order_id AND version = @{p}expected_version{(guard is null ? string.Empty : $" AND {guard}{Returning}")};\n");
            Add(write, $"{p}status", state.Status);
            Add(write, $"{p}revision", state.Revision);
            Add(write, $"{p}version", version);
            Add(write, $"{p}state", state.State);
            Add(write, $"{p}entered_at", state.EnteredAt);
            Add(write, $"{p}received_at", state.ReceivedAt);
            Add(write, $"{p}updated_at", state.UpdatedAt);
            Add(write, $"{p}expected_version", stored);
        }

        var receipt = commit.Receipt;
        sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO {StoreTables.Commands} ({ReceiptColumns}) {Row($"@{p}command_id, @{p}order_id, @{p}kind, @{p}actor_id, @{p}role, @{p}at, @{p}at_nanoseconds, @{p}refusal_reason, @{p}refusal_message, @{p}receipt_version, @{p}receipt_revision, @{p}receipt_status, @{p}fingerprint", guard, $"{StoreTables.Commands} WHERE command_id = @{p}command_id")};\n");
        Add(write, $"{p}command_id", receipt.CommandId);
        Add(write, $"{p}order_id", receipt.OrderId);
        Add(write, $"{p}kind", receipt.Kind);
        Add(write, $"{p}actor_id", receipt.ActorId);
        Add(write, $"{p}role", receipt.Role);
        Add(write, $"{p}at", receipt.At);
        Add(write, $"{p}at_nanoseconds", receipt.AtNanoseconds);
        Add(write, $"{p}refusal_reason", receipt.RefusalReason);
        Add(write, $"{p}refusal_message", receipt.RefusalMessage);
        Add(write, $"{p}receipt_version", receipt.Version);
        Add(write, $"{p}receipt_revision", receipt.Revision);
        Add(write, $"{p}receipt_status", receipt.Status);
        Add(write, $"{p}fingerprint", receipt.Fingerprint);
        AddAuditRows(sql, write, p, entries, guard); // last: the guard reads the head they move on
        return rows;
    }

    /// <summary>
    /// Adds the statement and parameters (named with <paramref name="p"/>) that insert the sealed entries; with a
    /// <paramref name="guard"/>, only if it holds.
    /// </summary>
    private static void AddAuditRows(StringBuilder sql, DbCommand write, string p, List<AuditEntry> entries, string? guard = null)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var e = $"{p}e{i}_";
            sql.Append(i == 0 ? $"INSERT INTO {StoreTables.AuditEntries} (sequence, at, at_nanoseconds, actor, role, order_id, kind, payload, previous_hash, hash) {(guard is null ? "VALUES " : "SELECT * FROM (VALUES ")}" : ", ")
                .Append(CultureInfo.InvariantCulture, $"(@{e}s, @{e}a, @{e}n, @{e}actor, @{e}role, @{e}order, @{e}kind, @{e}payload, @{e}previous, @{e}hash)")
                .Append(i < entries.Count - 1 ? string.Empty : guard is null ? ";\n" : $") AS v WHERE {guard}{Returning};\n");
            var (ticks, nanoseconds) = InstantColumns.Split(entry.At);
            Add(write, $"{e}s", entry.Sequence);
            Add(write, $"{e}a", ticks);
            Add(write, $"{e}n", nanoseconds);
            Add(write, $"{e}actor", entry.Actor);
            Add(write, $"{e}role", entry.Role);
            Add(write, $"{e}order", entry.OrderId);
            Add(write, $"{e}kind", entry.Kind);
            Add(write, $"{e}payload", entry.Payload);
            Add(write, $"{e}previous", entry.PreviousHash);
            Add(write, $"{e}hash", entry.Hash);
        }
    }

    /// <summary>
    /// The row to insert: <c>VALUES (…)</c>, or with a guard a <c>SELECT</c> of the values only where the guard holds and
    /// no row is in <paramref name="absentFrom"/> (a table and a condition).
    /// </summary>
    private static string Row(string values, string? guard, string absentFrom) =>
        guard is null ? $"VALUES ({values})" : $"SELECT {values} WHERE {guard} AND NOT EXISTS (SELECT 1 FROM {absentFrom}){Returning}";

    /// <summary>Adds the distinct values as parameters; returns their names for an <c>IN (…)</c> list.</summary>
    private static string InList(DbCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = $"{prefix}{names.Count}";
            Add(command, name, value);
            names.Add("@" + name);
        }

        return string.Join(", ", names);
    }

    private static CommandRow ReadReceipt(DbDataReader reader) => new()
    {
        CommandId = reader.GetString(0),
        OrderId = reader.GetString(1),
        Kind = reader.GetString(2),
        ActorId = reader.GetString(3),
        Role = reader.GetString(4),
        At = reader.GetInt64(5),
        AtNanoseconds = reader.GetInt32(6),
        RefusalReason = reader.IsDBNull(7) ? null : reader.GetString(7),
        RefusalMessage = reader.IsDBNull(8) ? null : reader.GetString(8),
        Version = reader.GetInt64(9),
        Revision = reader.GetInt32(10),
        Status = reader.IsDBNull(11) ? null : reader.GetString(11),
        Fingerprint = reader.GetString(12),
    };

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, DbContext context)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (context.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return command;
    }

    private static void Add(DbCommand command, string name, string? value) => Add(command, name, value, DbType.String);

    internal static void Add(DbCommand command, string name, long value) => Add(command, name, value, DbType.Int64);

    private static void Add(DbCommand command, string name, int value) => Add(command, name, value, DbType.Int32);

    private static void Add(DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
