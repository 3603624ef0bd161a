namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>A row of <c>oc_audit_entries</c>: one <see cref="Audit.AuditEntry"/> of the store's single chain.</summary>
internal sealed class AuditEntryRow
{
    public long Sequence { get; set; }

    /// <summary>When it happened, in Unix ticks (rounded down); <see cref="AtNanoseconds"/> holds the rest, so the hashed instant is kept exactly.</summary>
    public long At { get; set; }

    public int AtNanoseconds { get; set; }

    public required string Actor { get; set; }

    public string? Role { get; set; }

    public string? OrderId { get; set; }

    public required string Kind { get; set; }

    public required string Payload { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
