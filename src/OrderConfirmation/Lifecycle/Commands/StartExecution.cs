using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The confirmed order goes to the executing departments.</summary>
public sealed record StartExecution : LifecycleCommand
{
    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.StartExecution;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Confirmed];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        context.Done(state, state with { Status = OrderStatus.InExecution }, LifecycleEventKind.ExecutionStarted);

    internal override void WriteDetails(Utf8JsonWriter writer)
    {
    }
}
