using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// The head of Order Confirmation confirms the order (article 4.2). Requires the latest review decision to judge the
/// order as it stands (its revision and content, when the decision records them), to be no older than
/// <see cref="LifecyclePolicy.MaxDecisionAge"/> (otherwise: <see cref="ReviewAgain"/>), and to be ready to confirm, or
/// held only for credit (Finance findings with outcome OnHold) with the hold released by Finance since, and no open
/// department task that blocks confirmation (<see cref="DepartmentTask.BlocksConfirmation"/>); produces a
/// <see cref="ConfirmationRecord"/>.
/// </summary>
public sealed record ConfirmOrder : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="promisedDeliveryDate">The delivery date promised to the customer.</param>
    public ConfirmOrder(LocalDate promisedDeliveryDate) => PromisedDeliveryDate = promisedDeliveryDate;

    /// <summary>The delivery date promised to the customer; not before the confirmation date.</summary>
    public LocalDate PromisedDeliveryDate { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Confirm;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.UnderReview];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        if (state.LatestReview is not { } review)
        {
            return CommandOutcome.Fail("the order has no review decision to rely on");
        }

        if ((ReviewChecks.JudgesCurrentOrder(state, review) ?? ReviewChecks.RecentEnough(review, context.At, context.Policy.MaxDecisionAge)) is { } stale)
        {
            return CommandOutcome.Fail(stale);
        }

        var blocking = review.Findings.Where(f => f.IsBlocking).ToArray();
        var heldForCreditOnly = blocking.All(f => f.Outcome == ReviewOutcome.OnHold && f.Department == Department.Finance && f.Kind == FindingKind.RuleFailed);
        if (blocking.Length > 0 && !(heldForCreditOnly && state.HoldRelease is not null))
        {
            var release = heldForCreditOnly ? " until Finance releases the hold" : string.Empty;
            return CommandOutcome.Fail($"the latest review decision is {review.Outcome}, not ReadyToConfirm{release}: {ReviewChecks.Describe(blocking)}");
        }

        if (state.Tasks.FirstOrDefault(t => t.IsOpen && t.BlocksConfirmation) is { } task)
        {
            return CommandOutcome.Fail($"department task {task.Id} ({task.Action} for {task.Department}, due {context.Local(task.Due)}) is open and blocks confirmation until {task.Department} completes it");
        }

        if (PromisedDeliveryDate < context.Today)
        {
            return CommandOutcome.Fail($"the promised delivery date {LocalDatePattern.Iso.Format(PromisedDeliveryDate)} is before today ({LocalDatePattern.Iso.Format(context.Today)})");
        }

        var record = new ConfirmationRecord(state.OrderId, state.Revision, context.Actor.Id, context.Actor.Role, context.At, review.RuleSetVersion, review, blocking.Length > 0 ? state.HoldRelease : null, PromisedDeliveryDate);
        var after = state with { Status = OrderStatus.Confirmed, Confirmation = record, PromisedDeliveryDate = PromisedDeliveryDate };
        return context.Done(state, after, LifecycleEventKind.OrderConfirmed, $"delivery promised for {LocalDatePattern.Iso.Format(PromisedDeliveryDate)}");
    }

    internal override void WriteDetails(Utf8JsonWriter writer) => writer.WriteString("promisedDeliveryDate", LocalDatePattern.Iso.Format(PromisedDeliveryDate));
}
