using System.Text.Json;
using OrderConfirmation.Changes;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// Records a feasible change as a new revision of a confirmed order (article 4.3). Refused when the change is
/// infeasible, was evaluated against another revision, lacks a required approval, or comes after the order was
/// delivered (what the customer wants then is a new order); a changed delivery date
/// becomes the new promised date.
/// </summary>
public sealed record ApplyChange : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="evaluation">The change's evaluation by <see cref="ChangeEvaluator"/>.</param>
    /// <param name="approvals">The approvals given for the change, covering its <see cref="ChangeEvaluation.RequiredApprovals"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public ApplyChange(ChangeEvaluation evaluation, IReadOnlyList<ChangeApproval>? approvals = null)
    {
        Evaluation = evaluation ?? throw new ArgumentNullException(nameof(evaluation));
        Approvals = approvals ?? [];
    }

    /// <summary>The change's evaluation.</summary>
    public ChangeEvaluation Evaluation { get; }

    /// <summary>The approvals given.</summary>
    public IReadOnlyList<ChangeApproval> Approvals { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.ApplyChange;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Confirmed, OrderStatus.InExecution];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (!string.Equals(Evaluation.OrderId, state.OrderId, StringComparison.Ordinal))
        {
            return CommandOutcome.Fail($"the change is for order {Evaluation.OrderId ?? "(no id)"}, not {state.OrderId}");
        }

        if (state.DeliveredAt is not null)
        {
            return CommandOutcome.Fail("the order has been delivered; what the customer wants now is a new order, not a change");
        }

        if (Evaluation.Current.Revision != state.Revision)
        {
            return CommandOutcome.Fail($"the change was evaluated against revision {Evaluation.Current.Revision}, but the order is at revision {state.Revision}; evaluate it again");
        }

        if (Evaluation.Revision is not { } revision)
        {
            return CommandOutcome.Fail($"the change is not feasible: {ReviewChecks.Describe(Evaluation.Reasons)}");
        }

        var missing = revision.RequiredApprovals.Where(d => !Approvals.Any(a => a.Department == d)).ToArray();
        if (missing.Length > 0)
        {
            return CommandOutcome.Fail($"the change needs the approval of {string.Join(", ", missing)}");
        }

        var after = state with
        {
            Order = revision.Order,
            Revision = revision.Number,
            LatestReview = revision.Decision,
            PromisedDeliveryDate = Evaluation.Impact.ChangedFields.Contains("requestedDeliveryDate") ? revision.Order.RequestedDeliveryDate : state.PromisedDeliveryDate,
            Revisions = [.. state.Revisions, revision],
        };
        var note = $"{Evaluation.ChangeId} as revision {revision.Number}: {string.Join(", ", Evaluation.Impact.ChangedFields)}; notify {string.Join(", ", Evaluation.Impact.Notify)}";
        return context.Done(state, after, LifecycleEventKind.ChangeApplied, note);
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("changeId", Evaluation.ChangeId);
        writer.WriteBoolean("feasible", Evaluation.Feasible);
        writer.WriteStartArray("approvals");
        foreach (var approval in Approvals)
        {
            writer.WriteStartObject();
            writer.WriteString("department", approval.Department.ToString());
            writer.WriteString("approvedBy", approval.ApprovedBy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (Evaluation.Revision is { } revision)
        {
            // The order sheet of the new revision, so the trail holds every sheet the order had (article 6.1).
            writer.WriteStartObject("order");
            CommandDetails.WriteOrder(writer, revision.Order);
            writer.WriteEndObject();
        }
    }
}
