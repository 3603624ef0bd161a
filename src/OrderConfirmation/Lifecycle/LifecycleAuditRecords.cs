using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.Commands;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// What the audit trail records of one applied command (article 6.1): the change request and its outcome for a change
/// (feasible or not, applied or refused), the review decision relied on when it is new, the command (accepted or
/// refused), the confirmation record and the execution report.
/// </summary>
internal static class LifecycleAuditRecords
{
    /// <summary>The records of a command's result, in the order they are appended.</summary>
    /// <param name="result">The command's result.</param>
    /// <param name="commandId">The id the command was given under, recorded with the command when given.</param>
    /// <param name="requestedOrderId">The order the command was asked for, recorded when the command itself names none (one refused for want of an order).</param>
    public static IReadOnlyList<AuditRecord> For(TransitionResult result, string? commandId = null, string? requestedOrderId = null)
    {
        var records = new List<AuditRecord>(3);
        var orderId = result.State?.OrderId ?? (result.Command as EnterOrder)?.Order.OrderId ?? requestedOrderId;
        void Append(AuditEntryKind kind, string payload) =>
            records.Add(new AuditRecord(result.At, result.Actor.Id, result.Actor.Role.ToString(), orderId, kind.ToString(), payload));

        var change = (result.Command as ApplyChange)?.Evaluation;
        if (change is not null)
        {
            Append(AuditEntryKind.ChangeRequest, AuditPayload.ChangeRequest(change));
        }

        if (result.IsAccepted && result.State!.LatestReview is { } review && !ReferenceEquals(review, result.Before?.LatestReview))
        {
            Append(AuditEntryKind.ReviewDecision, AuditPayload.Decision(review));
        }

        Append(result.IsAccepted ? AuditEntryKind.CommandAccepted : AuditEntryKind.CommandRefused, AuditPayload.Command(result, commandId));
        if (!result.IsAccepted)
        {
            if (change is not null)
            {
                Append(AuditEntryKind.ChangeOutcome, AuditPayload.ChangeOutcome(change, appliedRevision: null));
            }

            return records;
        }

        switch (result.Command)
        {
            case ConfirmOrder:
                Append(AuditEntryKind.Confirmation, AuditPayload.Confirmation(result.State!.Confirmation!));
                break;
            case ReportProgress progress:
                Append(AuditEntryKind.ExecutionReport, AuditPayload.Report(progress.Report));
                break;
            case ApplyChange:
                Append(AuditEntryKind.ChangeOutcome, AuditPayload.ChangeOutcome(change!, result.State!.Revision));
                break;
        }

        return records;
    }
}
