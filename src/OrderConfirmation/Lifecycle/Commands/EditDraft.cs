using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>Sales corrects a draft, for example after the preliminary review found errors.</summary>
public sealed record EditDraft : LifecycleCommand
{
    /// <summary>Creates the command.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="order"/> is <see langword="null"/>.</exception>
    public EditDraft(Order order) => Order = order ?? throw new ArgumentNullException(nameof(order));

    /// <summary>The corrected order; it must keep the order's identifier.</summary>
    public Order Order { get; }

    /// <inheritdoc />
    public override LifecycleCommandKind Kind => LifecycleCommandKind.EditDraft;

    /// <inheritdoc />
    public override IReadOnlyList<OrderStatus> AllowedFrom => [OrderStatus.Draft];

    internal override CommandOutcome Execute(OrderState state, CommandContext context) =>
        ReviewChecks.SameOrder(state, Order) is { } problem
            ? CommandOutcome.Fail(problem)
            : context.Done(state, state with { Order = Order, LatestReview = null }, LifecycleEventKind.DraftEdited);

    internal override void WriteDetails(Utf8JsonWriter writer) => CommandDetails.WriteOrder(writer, Order);
}
