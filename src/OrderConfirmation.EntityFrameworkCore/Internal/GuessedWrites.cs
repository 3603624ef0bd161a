using System.Data.Common;
using System.Text;
using OrderConfirmation.Audit;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// A batch's writes worked out before anything is read, from a guessed audit head (<see cref="KnownAuditHead"/>) and
/// each commit's expected version, as if every commit is saved; each statement is guarded in the database, so that
/// nothing is written unless the head is the guessed one, and a commit's rows are not written if its order moved on or
/// its command id is stored. <see cref="CommitBatch"/> sends them in its read's round trip, and keeps them only when
/// what it read shows the guess held.
/// </summary>
internal sealed class GuessedWrites
{
    private readonly AuditHead _guess;
    private readonly (string OrderId, long Version)[] _expected;

    private GuessedWrites(AuditHead guess, (string OrderId, long Version)[] expected, string sql, int rows, AuditHead head, CommitResult[] results)
    {
        _guess = guess;
        _expected = expected;
        Sql = sql;
        Rows = rows;
        Head = head;
        Results = results;
    }

    /// <summary>The guarded statements.</summary>
    public string Sql { get; }

    /// <summary>The rows they write when the guess holds.</summary>
    public int Rows { get; }

    /// <summary>The audit head after the batch, when the guess holds.</summary>
    public AuditHead Head { get; }

    /// <summary>Every commit saved, in order, when the guess holds.</summary>
    public CommitResult[] Results { get; }

    /// <summary>Adds the guarded writes' parameters to the command (its text is <see cref="Sql"/>, for the caller to place).</summary>
    /// <param name="command">The command that will carry them.</param>
    /// <param name="commits">The commits, no command id and no order id twice.</param>
    /// <param name="guess">The audit head the database is expected to have.</param>
    public static GuessedWrites Add(DbCommand command, IReadOnlyList<PreparedCommit> commits, AuditHead guess)
    {
        var sql = new StringBuilder(1024 * commits.Count);
        var results = new CommitResult[commits.Count];
        var expected = new (string OrderId, long Version)[commits.Count];
        var rows = 0;
        var head = guess;
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            var stored = commit.Commit.ExpectedVersion;
            expected[i] = (commit.Commit.Receipt.OrderId, stored);
            var version = commit.State is null ? stored : stored + 1;
            var entries = CommitBatch.Seal(commit.Commit.Audit, head);
            // Each commit's statements expect the head as the commits before it leave it (its own entries are written last).
            CommitBatch.Add(command, $"i{i}_head", head.Sequence);
            var guard = $"COALESCE((SELECT MAX(sequence) FROM {StoreTables.AuditEntries}), 0) = @i{i}_head";
            rows += CommitBatch.AddWrites(sql, command, $"i{i}_", commit, stored, version, entries, guard);
            head = entries.Count > 0 ? entries[^1].ToHead() : head;
            results[i] = new CommitResult(CommitStatus.Saved, version, entries);
        }

        return new GuessedWrites(guess, expected, sql.ToString(), rows, head, results);
    }

    /// <summary>Whether what was read under the lock is what the writes were worked out from: the guessed head, no receipt stored, every order at its expected version (0: not stored).</summary>
    public bool Holds(AuditHead head, IReadOnlyDictionary<string, CommandReceipt> receipts, IReadOnlyDictionary<string, long> versions) =>
        head == _guess
        && receipts.Count == 0
        && _expected.All(e => versions.GetValueOrDefault(e.OrderId) == e.Version);
}
