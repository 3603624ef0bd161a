using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>
/// The head of Order Confirmation moves the promised delivery date of a confirmed order, as agreed with the customer,
/// for a delay, force majeure or at the customer's request (article 4.4). The order's data (the date the customer first
/// asked for) is unchanged; the promised date moves, the move is recorded in <see cref="OrderState.Reschedules"/>, and
/// the customer must be told (<see cref="LifecycleEventKind.CustomerNotificationRequired"/>). Refused after delivery,
/// for a date before today, or for the date already promised.
/// </summary>
public sealed record RescheduleDelivery : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="promisedDeliveryDate">The new promised delivery date.</param>
    /// <param name="reason">Why the date moves.</param>
    /// <param name="agreement">How the customer agreed to the new date (who, when, by which channel).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreement"/> is blank.</exception>
    public RescheduleDelivery(LocalDate promisedDeliveryDate, ExecutionExceptionReason reason, string agreement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agreement);
        PromisedDeliveryDate = promisedDeliveryDate;
        Reason = ExecutionExceptions.Defined(reason);
        Agreement = agreement;
    }

    /// <summary>The new promised delivery date; not before today.</summary>
    public LocalDate PromisedDeliveryDate { get; }

    /// <summary>Why the date moves.</summary>
    public ExecutionExceptionReason Reason { get; }

    /// <summary>How the customer agreed to the new date.</summary>
    public string Agreement { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.RescheduleDelivery;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Confirmed, OrderStatus.InExecution];

    internal override CommandOutcome Execute(OrderState state, CommandContext context)
    {
        var to = LocalDatePattern.Iso.Format(PromisedDeliveryDate);
        if (state.DeliveredAt is not null)
        {
            return CommandOutcome.Fail("the order has been delivered; there is no delivery left to reschedule");
        }

        if (PromisedDeliveryDate < context.Today)
        {
            return CommandOutcome.Fail($"the new promised delivery date {to} is before today ({LocalDatePattern.Iso.Format(context.Today)})");
        }

        if (state.PromisedDeliveryDate is not { } from || from == PromisedDeliveryDate)
        {
            return CommandOutcome.Fail($"delivery is already promised for {to}");
        }

        var reschedule = new DeliveryReschedule(from, PromisedDeliveryDate, Reason, Agreement, context.Actor.Id, context.Actor.Role, context.At);
        var after = state with { PromisedDeliveryDate = PromisedDeliveryDate, Reschedules = [.. state.Reschedules, reschedule] };
        var note = $"delivery moved from {LocalDatePattern.Iso.Format(from)} to {to} ({Reason}), agreed: {Agreement}";
        return CommandOutcome.Done(
            after,
            context.Event(state, after, LifecycleEventKind.DeliveryRescheduled, note),
            context.Event(state, after, LifecycleEventKind.CustomerNotificationRequired, note, ExecutionExceptions.Issue(Reason)));
    }

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
        writer.WriteString("promisedDeliveryDate", LocalDatePattern.Iso.Format(PromisedDeliveryDate));
        writer.WriteString("reason", Reason.ToString());
        writer.WriteString("agreement", Agreement);
    }
}
