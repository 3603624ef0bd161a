using System.Globalization;
using NodaTime;
using NodaTime.Text;
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

    /// <summary>
    /// The decision bound to the order's revision, when the decision does not name one yet; the order's latest decision
    /// when that is this very evaluation already bound (so that the audit records one evaluation once).
    /// </summary>
    public static ReviewDecision Bound(OrderState state, ReviewDecision review)
    {
        if (review.OrderRevision is not null)
        {
            return review;
        }

        return state.LatestReview is { } latest && latest.OrderRevision == state.Revision && ReferenceEquals(latest.Findings, review.Findings) && latest.EvaluatedAt == review.EvaluatedAt
            ? latest
            : review with { OrderRevision = state.Revision };
    }

    /// <summary>Why the decision does not judge the order as it stands: another revision, or other content.</summary>
    public static string? JudgesCurrentOrder(OrderState state, ReviewDecision review)
    {
        if (review.OrderRevision is { } judged && judged != state.Revision)
        {
            return $"the review decision was made for revision {judged}, but order {state.OrderId} is at revision {state.Revision}; review it again";
        }

        return review.OrderDigest is { } digest && !string.Equals(digest, OrderContentDigest.Of(state.Order), StringComparison.Ordinal)
            ? $"the review decision judged other content than order {state.OrderId} as it stands (the order's data changed after the review); review it again"
            : null;
    }

    /// <summary>Why the decision is too old to confirm on at <paramref name="at"/> under <paramref name="maxAge"/>.</summary>
    public static string? RecentEnough(ReviewDecision review, Instant at, Duration maxAge)
    {
        var age = at - review.EvaluatedAt;
        return age <= maxAge
            ? null
            : $"the review decision was evaluated at {InstantPattern.ExtendedIso.Format(review.EvaluatedAt)}, {Hours(age)} before now, more than the {Hours(maxAge)} a decision may be relied on; review it again";
    }

    public static string Describe(IEnumerable<ReviewFinding> findings) =>
        string.Join("; ", findings.Select(f => $"{f.Rule} ({f.Department}{(f.LineNo is { } line ? $", line {line}" : string.Empty)})"));

    private static string Hours(Duration duration) => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.##} hours");
}
