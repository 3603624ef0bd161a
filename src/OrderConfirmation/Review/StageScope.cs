using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// What the rules of a host's own stage (<see cref="CustomReviewStage{TFacts}"/>) read: the order, its customer, the
/// business date, the stage's facts and, for line rules, the line. The review fills it in; a stage's input
/// declarations read from it (<c>scope =&gt; scope.Facts</c>).
/// </summary>
/// <typeparam name="TFacts">The type of the stage's facts.</typeparam>
public sealed class StageScope<TFacts>
    where TFacts : class
{
    internal StageScope(Order order, LocalDate today, TFacts facts)
    {
        Order = order;
        Today = today;
        Facts = facts;
    }

    /// <summary>The order under review.</summary>
    public Order Order { get; }

    /// <summary>The order's customer.</summary>
    public Customer Customer => Order.Customer;

    /// <summary>The business date of the review.</summary>
    public LocalDate Today { get; }

    /// <summary>The stage's facts, as the host's provider gave them.</summary>
    public TFacts Facts { get; }

    /// <summary>The line a line rule is looking at; <see langword="null"/> for the stage's order rules.</summary>
    public OrderLine? Line { get; internal set; }
}
