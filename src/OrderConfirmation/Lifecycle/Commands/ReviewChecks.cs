using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>The checks commands make on the orders and review decisions they carry.</summary>
internal static class ReviewChecks
{
    public static string? SameOrder(OrderState state, Order order) =>
        string.Equals(order.OrderId, state.OrderId, StringComparison.Ordinal)
            ? null
            : $"the order carried ({order.OrderId ?? "no id"}) is not order {state.OrderId}";

    public static string? ForOrder(OrderState state, ReviewDecision review) =>
        string.Equals(review.OrderId, state.OrderId, StringComparison.Ordinal)
            ? null
            : $"the review decision is for order {review.OrderId ?? "(no id)"}, not {state.OrderId}";

    public static string Describe(IEnumerable<ReviewFinding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Rule} ({f.Department}{(f.LineNo is { } line ? $", line {line}" : string.Empty)})"));
}
