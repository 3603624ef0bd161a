namespace OrderConfirmation.Audit;

/// <summary>What <see cref="JsonLinesAuditLog.RepairTornTail"/> did to an audit file.</summary>
/// <param name="Path">The audit file.</param>
/// <param name="SideFilePath">The file the incomplete last line was moved to, or <see langword="null"/> when the file had no torn tail and was left as it was.</param>
/// <param name="BytesMoved">How many bytes were moved out of the audit file (0 when nothing was repaired).</param>
/// <param name="Head">The head of the audit file afterwards: its last complete, verified entry.</param>
public sealed record TornTailRepair(string Path, string? SideFilePath, long BytesMoved, AuditHead Head)
{
    /// <summary>Whether a torn tail was found and moved aside.</summary>
    public bool Repaired => SideFilePath is not null;

    /// <summary>The sequence number of the last entry kept (0 when the file now has none).</summary>
    public long LastKeptSequence => Head.Sequence;
}
