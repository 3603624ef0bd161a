using System.Text.Json;

namespace OrderConfirmation.Audit;

/// <summary>
/// Verifies audit logs for the supervision group (article 6.1: records are authentic and complete): every entry's
/// hash matches its content, sequence numbers run 1, 2, 3… without gaps, and every entry holds the hash of the one
/// before. Altering, removing or reordering any entry is detected and the first bad entry is named. Cutting entries
/// from the end is detected when the caller gives a head checkpointed earlier.
/// </summary>
public static class AuditChain
{
    /// <summary>Verifies entries, in log order, from the first.</summary>
    /// <param name="entries">The whole log from entry 1, for example <see cref="IAuditLog.Entries"/>.</param>
    /// <param name="expectedHead">A head checkpointed earlier (<see cref="IAuditLog.Head"/>); when given, the log must reach it and match it.</param>
    /// <returns>Intact, or the first bad entry and what is wrong with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> has a negative sequence or no hash.</exception>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditHead? expectedHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var cursor = new AuditChainCursor(expectedHead);
        foreach (var entry in entries)
        {
            var name = $"entry {cursor.NextSequence}";
            if (entry is null)
            {
                return cursor.Fail(AuditProblemKind.OutOfSequence, $"{name} is missing: the list holds nothing in its place.");
            }

            if (!HashMatches(entry))
            {
                return cursor.Fail(AuditProblemKind.Altered, $"{name}: hash does not match its content; the entry was altered.");
            }

            if (cursor.Next(entry) is { } broken)
            {
                return cursor.Fail(broken.Kind, broken.Problem);
            }
        }

        return cursor.Finish();
    }

    /// <summary>
    /// Verifies a JSON Lines audit file as written by <see cref="JsonLinesAuditLog"/>. Each line's hash is checked over
    /// the line's raw bytes, so a change to any single byte is detected. The file is only read; a log being written to
    /// may show a torn tail if an append is caught half-way.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedHead">A head checkpointed earlier; when given, the file must reach it and match it.</param>
    /// <returns>Intact, or the first bad entry, its line and what is wrong with it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> has a negative sequence or no hash.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static AuditVerification VerifyFile(string path, AuditHead? expectedHead = null)
    {
        // Stryker disable once Statement : the FileStream throws the same ArgumentNullException naming path
        ArgumentNullException.ThrowIfNull(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        // Stryker disable once Boolean : keeping the entries only costs memory; only the verification is returned
        return AuditFileScanner.Scan(file, expectedHead, keepEntries: false).Verification;
    }

    private static bool HashMatches(AuditEntry entry)
    {
        try
        {
            return entry is { Hash: not null, Payload: not null } && string.Equals(AuditEntryFormat.Hash(AuditEntryFormat.Body(entry)), entry.Hash, StringComparison.Ordinal);
        }
        catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
