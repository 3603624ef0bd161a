namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>A row of <c>oc_cases</c>: a customer case's state document under its version, with the columns the open and overdue lists query.</summary>
internal sealed class CaseRow
{
    public required string CaseId { get; set; }

    /// <summary>The <see cref="Kpis.CaseKind"/> name.</summary>
    public required string Kind { get; set; }

    /// <summary>The <see cref="Cases.CaseStatus"/> name.</summary>
    public required string Status { get; set; }

    public long Version { get; set; }

    /// <summary>The whole case as <see cref="Storage.CaseStateDocument"/> JSON: the truth; the other columns are for queries.</summary>
    public required string State { get; set; }

    /// <summary>When the case was received, in Unix ticks (rounded down).</summary>
    public long ReceivedAt { get; set; }

    /// <summary>When the answer is due, in Unix ticks (rounded down).</summary>
    public long ReplyDueAt { get; set; }
}
