using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The order is executed in full; requires delivery to have been reported.</summary>
public sealed record CompleteOrder : LifecycleCommand
{
    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.Complete;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.InExecution];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        state.DeliveredAt is null
            ? CommandOutcome.Fail("delivery has not been reported")
            : context.Done(state, state with { Status = OrderStatus.Completed }, LifecycleEventKind.OrderCompleted);

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
    }
}
