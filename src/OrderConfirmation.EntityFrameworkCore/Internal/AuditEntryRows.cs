using OrderConfirmation.Audit;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>Turns audit entries into rows of <c>oc_audit_entries</c> and back.</summary>
internal static class AuditEntryRows
{
    /// <summary>A hash no entry can have: an entry whose stored instant is out of range gets it, so verification names it as altered.</summary>
    private const string Unreadable = "unreadable";

    /// <summary>The entry a row holds. A row whose instant columns were altered beyond NodaTime's range reads with a hash that cannot verify.</summary>
    public static AuditEntry FromRow(AuditEntryRow row)
    {
        try
        {
            return new AuditEntry(row.Sequence, InstantColumns.Join(row.At, row.AtNanoseconds), row.Actor, row.Role, row.OrderId, row.Kind, row.Payload, row.PreviousHash, row.Hash);
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or OverflowException)
        {
            return new AuditEntry(row.Sequence, NodaTime.Instant.MinValue, row.Actor, row.Role, row.OrderId, row.Kind, row.Payload, row.PreviousHash, Unreadable);
        }
    }
}
