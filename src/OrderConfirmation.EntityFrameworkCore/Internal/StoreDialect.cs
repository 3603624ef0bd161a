using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>What differs between the providers in the store's own SQL: how appends are serialized, and how a unique violation looks.</summary>
internal sealed class StoreDialect
{
    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// SQLite: nothing to add; the transaction itself is the lock, since Microsoft.Data.Sqlite begins it with
    /// <c>BEGIN IMMEDIATE</c> (the database's one write lock, taken before anything is read; others wait for it up to
    /// the busy timeout).
    /// </summary>
    public static readonly StoreDialect Sqlite = new(string.Empty, holdsNul: true);

    /// <summary>
    /// PostgreSQL: a transaction-scoped advisory lock keyed on the audit table (so one per schema), taken before the
    /// head is read and released at commit or rollback; readers are never blocked by it.
    /// </summary>
    public static readonly StoreDialect PostgreSql = new($"SELECT pg_advisory_xact_lock(1330596163, '{StoreTables.AuditEntries}'::regclass::oid::integer);\n", holdsNul: false);

    private readonly bool _holdsNul;

    private StoreDialect(string serializeAppends, bool holdsNul)
    {
        SerializeAppends = serializeAppends;
        _holdsNul = holdsNul;
    }

    /// <summary>The statement that makes the transaction the only one appending (empty when the transaction already is).</summary>
    public string SerializeAppends { get; }

    /// <summary>The dialect of the context's provider.</summary>
    /// <exception cref="NotSupportedException">The context uses another provider.</exception>
    public static StoreDialect Of(DbContext context) => context.Database.ProviderName switch
    {
        SqliteProvider => Sqlite,
        PostgreSqlProvider => PostgreSql,
        var other => throw new NotSupportedException($"The order store supports SQLite ({SqliteProvider}) and PostgreSQL ({PostgreSqlProvider}); this context uses {other ?? "no provider"}."),
    };

    /// <summary>
    /// Refuses, before anything is written, a commit with text the database cannot hold: PostgreSQL text cannot hold the
    /// character U+0000 (the state document and the payloads are JSON, which escapes it; names and ids are stored as given).
    /// </summary>
    /// <exception cref="ArgumentException">A receipt field, or an audit record's actor or order id, has U+0000.</exception>
    public void ThrowIfUnstorable(OrderCommit commit)
    {
        if (_holdsNul)
        {
            return;
        }

        var receipt = commit.Receipt;
        string?[] texts = [receipt.CommandId, receipt.OrderId, receipt.ActorId, receipt.Fingerprint, receipt.Refusal?.Message, .. commit.Audit.SelectMany(r => new[] { r.Actor, r.OrderId })];
        if (texts.Any(t => t?.Contains('\0', StringComparison.Ordinal) == true))
        {
            throw new ArgumentException($"Command '{receipt.CommandId.Replace("\0", "\\0", StringComparison.Ordinal)}' has text with the character U+0000, which PostgreSQL text cannot hold; nothing was written.", nameof(commit));
        }
    }

    /// <summary>Refuses, before anything is written, a case commit whose case id, or an audit record's actor or order id, has U+0000 where the database cannot hold it.</summary>
    /// <exception cref="ArgumentException">The case id or a record's actor or order id has U+0000.</exception>
    public void ThrowIfUnstorable(CaseCommit commit)
    {
        if (!_holdsNul && commit.CaseId.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The case id has the character U+0000, which PostgreSQL text cannot hold; nothing was written.", nameof(commit));
        }

        foreach (var record in commit.Audit)
        {
            ThrowIfUnstorable(record);
        }
    }

    /// <summary>Refuses, before anything is written, an audit record whose actor or order id has U+0000 where the database cannot hold it.</summary>
    /// <exception cref="ArgumentException">The record's actor or order id has U+0000.</exception>
    public void ThrowIfUnstorable(AuditRecord record)
    {
        if (!_holdsNul && (record.Actor.Contains('\0', StringComparison.Ordinal) || record.OrderId?.Contains('\0', StringComparison.Ordinal) == true))
        {
            throw new ArgumentException("The audit record has text with the character U+0000, which PostgreSQL text cannot hold; nothing was written.", nameof(record));
        }
    }

    /// <summary>Whether the error is a duplicate key: a command id or an audit sequence written by someone else first.</summary>
    public static bool IsUniqueViolation(DbException error) =>
        error is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
