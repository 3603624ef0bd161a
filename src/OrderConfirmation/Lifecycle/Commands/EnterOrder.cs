using System.Diagnostics;
using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Sales enters a new order; it starts as a <see cref="OrderStatus.Draft"/>, entered by the actor.</summary>
public sealed record EnterOrder : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The order has no identifier.</exception>
    public EnterOrder(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (string.IsNullOrWhiteSpace(order.OrderId))
        {
            throw new ArgumentException("An order needs an identifier to be entered.", nameof(order));
        }

        Order = order;
    }

    /// <summary>The order as entered.</summary>
    public Order Order { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Enter;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [];

    internal CommandOutcome Enter(CommandContext context)
    {
        var state = new OrderState
        {
            OrderId = Order.OrderId!,
            Order = Order,
            Status = OrderStatus.Draft,
            EnteredBy = context.Actor.Id,
            EnteredAt = context.At,
        };
        return CommandOutcome.Done(state, new LifecycleEvent(LifecycleEventKind.OrderEntered, state.OrderId, context.At, context.Actor, OrderStatus.Draft, OrderStatus.Draft));
    }

    // Stryker disable once String : unreachable; OrderStateMachine routes EnterOrder to Enter, never to Execute, so the message cannot be seen
    internal override CommandOutcome Execute(OrderState state, CommandContext context) => throw new UnreachableException("An order is entered, not applied to an existing state.");

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteOrder(writer, Order);
}
