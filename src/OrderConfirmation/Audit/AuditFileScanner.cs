namespace OrderConfirmation.Audit;

/// <summary>
/// Reads a JSON Lines audit file line by line and verifies it: each line's hash over its raw bytes, its sequence and
/// its link to the line before, an incomplete last line (torn tail), and optionally an expected head.
/// </summary>
internal static class AuditFileScanner
{
    private const int InitialBufferSize = 64 * 1024;

    /// <summary>Scans a stream positioned at the start of an audit file.</summary>
    /// <param name="file">The file's content.</param>
    /// <param name="expectedHead">A head checkpointed earlier, or null.</param>
    /// <param name="keepEntries">Whether to return the verified entries.</param>
    public static AuditFileScan Scan(Stream file, AuditHead? expectedHead, bool keepEntries)
    {
        var cursor = new AuditChainCursor(expectedHead);
        var entries = keepEntries ? new List<AuditEntry>() : null;
        var buffer = new byte[InitialBufferSize];
        var filled = 0;
        var lineStart = 0;
        long consumed = 0;
        var lineNumber = 0;
        while (true)
        {
            var newline = buffer.AsSpan(lineStart, filled - lineStart).IndexOf((byte)'\n');
            if (newline < 0)
            {
                (buffer, filled, lineStart) = Compact(buffer, filled, lineStart);
                var read = file.Read(buffer, filled, buffer.Length - filled);
                if (read > 0)
                {
                    filled += read;
                    continue;
                }

                return filled == lineStart
                    ? new AuditFileScan(cursor.Finish(fromFile: true), entries, consumed)
                    : new AuditFileScan(
                        TornTail(
                            cursor,
                            lineNumber + 1,
                            // Stryker disable once Arithmetic : Compact has just moved the pending bytes to the start, so lineStart is 0
                            filled - lineStart),
                        entries,
                        consumed);
            }

            lineNumber++;
            var line = buffer.AsSpan(lineStart, newline);
            var (entry, kind, problem) = AuditLineReader.Read(line, cursor.NextSequence);
            if (entry is null)
            {
                return new AuditFileScan(cursor.Fail(kind, problem!, lineNumber), entries, consumed);
            }

            if (cursor.Next(entry) is { } broken)
            {
                return new AuditFileScan(cursor.Fail(broken.Kind, broken.Problem, lineNumber), entries, consumed);
            }

            entries?.Add(entry);
            lineStart += newline + 1;
            consumed += newline + 1;
        }
    }

    private static AuditVerification TornTail(AuditChainCursor cursor, int line, int bytes) =>
        cursor.Fail(
            AuditProblemKind.TornTail,
            $"entry {cursor.NextSequence}: the last line is incomplete ({bytes} bytes without a line end): a write was interrupted, for example by the process being killed mid-append, and the entry was never acknowledged. "
            + $"Entries 1 to {cursor.Verified} are intact; JsonLinesAuditLog.RepairTornTail moves the incomplete line to a side file.",
            line);

    /// <summary>Moves the unread part of the buffer to its start, and doubles the buffer when a line fills it.</summary>
    private static (byte[] Buffer, int Filled, int LineStart) Compact(byte[] buffer, int filled, int lineStart)
    {
        var pending = filled - lineStart;
        var target = pending == buffer.Length ? new byte[buffer.Length * 2] : buffer;
        Buffer.BlockCopy(buffer, lineStart, target, 0, pending);
        return (target, pending, 0);
    }
}
