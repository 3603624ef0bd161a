using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Orders;
using OrderConfirmation.Review;

namespace OrderConfirmation.Lifecycle.State;

/// <summary>
/// An order's state in its life: immutable. Commands applied by an <see cref="OrderStateMachine"/> give new
/// states; hosts may store and restore states as they are.
/// </summary>
public sealed record OrderState
{
    private static readonly IReadOnlyDictionary<int, decimal> NothingShipped = System.Collections.ObjectModel.ReadOnlyDictionary<int, decimal>.Empty;

    /// <summary>The order's identifier.</summary>
    public required string OrderId { get; init; }

    /// <summary>The order's current data (the latest revision).</summary>
    public required Order Order { get; init; }

    /// <summary>Where the order is in its life.</summary>
    public required OrderStatus Status { get; init; }

    /// <summary>The revision number: 1 as entered, plus one per applied change.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>Who entered the order (who may therefore not confirm it, by default).</summary>
    public required string EnteredBy { get; init; }

    /// <summary>When the order was entered.</summary>
    public required Instant EnteredAt { get; init; }

    /// <summary>The latest review decision, which confirmation relies on.</summary>
    public ReviewDecision? LatestReview { get; init; }

    /// <summary>The hold in force while <see cref="OrderStatus.OnHold"/>.</summary>
    public ActionRecord? Hold { get; init; }

    /// <summary>Finance's release of holds since the latest review decision, if any.</summary>
    public ActionRecord? HoldRelease { get; init; }

    /// <summary>Who started the detailed review: the confirmation officer responsible for the order.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>The time spent waiting for the customer's replies, oldest first; a wait still open is not included.</summary>
    public IReadOnlyList<Interval> CustomerWaits { get; init; } = [];

    /// <summary>The open question to the customer while <see cref="OrderStatus.AwaitingCustomer"/>.</summary>
    public Clarification? Clarification { get; init; }

    /// <summary>The confirmation record, once confirmed.</summary>
    public ConfirmationRecord? Confirmation { get; init; }

    /// <summary>The delivery date promised to the customer: set at confirmation, moved by an applied change of the delivery date.</summary>
    public LocalDate? PromisedDeliveryDate { get; init; }

    /// <summary>Quantity shipped so far per line number.</summary>
    public IReadOnlyDictionary<int, decimal> Shipped { get; init; } = NothingShipped;

    /// <summary>When delivery in full was reported.</summary>
    public Instant? DeliveredAt { get; init; }

    /// <summary>Every progress report, in order.</summary>
    public IReadOnlyList<ProgressReport> Reports { get; init; } = [];

    /// <summary>The applied changes, oldest first.</summary>
    public IReadOnlyList<OrderRevision> Revisions { get; init; } = [];

    /// <summary>
    /// The rejection or cancellation that ended the order's life (who, in which role, when, why), once
    /// <see cref="OrderStatus.Rejected"/> or <see cref="OrderStatus.Cancelled"/>; <see langword="null"/> otherwise, and in
    /// states stored before closures were recorded.
    /// </summary>
    public ActionRecord? Closure { get; init; }

    /// <summary>The promised delivery dates moved since confirmation, oldest first (article 4.4).</summary>
    public IReadOnlyList<DeliveryReschedule> Reschedules { get; init; } = [];

    /// <summary>The unshipped remainder cancelled when the order was cancelled in execution or short-closed; otherwise <see langword="null"/>.</summary>
    public RemainderCancellation? RemainderCancellation { get; init; }

    /// <summary>The communications recorded about the order, in recording order (<c>C1</c>, <c>C2</c>, …).</summary>
    public IReadOnlyList<Communication> Communications { get; init; } = [];

    /// <summary>The customer notifications raised for the order, in the order raised (<c>N1</c>, <c>N2</c>, …), open or answered.</summary>
    public IReadOnlyList<CustomerNotification> Notifications { get; init; } = [];

    /// <summary>The clarifications the customer replied to, oldest first, each with the communications that carried the question and the reply.</summary>
    public IReadOnlyList<Clarification> RepliedClarifications { get; init; } = [];

    /// <summary>The department tasks opened for the order's review decisions, oldest first, open and closed (<see cref="DepartmentTask.IsOpen"/>).</summary>
    public IReadOnlyList<DepartmentTask> Tasks { get; init; } = [];

    /// <summary>Whether the order's life is over (completed, rejected or cancelled).</summary>
    public bool IsTerminal => Status is OrderStatus.Completed or OrderStatus.Rejected or OrderStatus.Cancelled;

    /// <summary>Whether every line has shipped its full quantity.</summary>
    public bool IsFullyShipped => Order.Lines.All(l => Shipped.GetValueOrDefault(l.LineNo) >= (l.Quantity ?? 0m));

    /// <summary>The customer waits with the open one, if any, closed at <paramref name="at"/>.</summary>
    public IReadOnlyList<Interval> CustomerWaitsUntil(Instant at) =>
        Clarification is { } open && at > open.AskedAt ? [.. CustomerWaits, new Interval(open.AskedAt, at)] : CustomerWaits;

    /// <summary>What has not shipped yet per line number: each line's ordered quantity less what has shipped; lines shipped in full are absent.</summary>
    public IReadOnlyDictionary<int, decimal> Unshipped() =>
        Order.Lines
            .Select(l => (l.LineNo, Remaining: (l.Quantity ?? 0m) - Shipped.GetValueOrDefault(l.LineNo)))
            .Where(l => l.Remaining > 0m)
            .DistinctBy(l => l.LineNo)
            .ToDictionary(l => l.LineNo, l => l.Remaining)
            .AsReadOnly();

    /// <summary>The order as it stands, for evaluating a change request.</summary>
    public OrderSnapshot ToSnapshot() => new(Order, Status, Revision, PromisedDeliveryDate, Shipped);

    /// <summary>
    /// This order's record for the KPIs (article 6.2): received when the order says (or when it was entered); its
    /// outcome <see cref="ProcessingOutcome.Rejected"/> at the rejection or <see cref="ProcessingOutcome.Cancelled"/> at
    /// the cancellation (also when cancelled after confirmation, in execution), else
    /// <see cref="ProcessingOutcome.Confirmed"/> when the head of Order Confirmation confirmed it (confirmed, in
    /// execution, completed, or held since), else open; in the Order Confirmation department under the officer who
    /// started the review (or, when no review start is recorded, the head who confirmed it), with the time it waited for
    /// the customer (an open wait counts until <paramref name="asOf"/>). A rejected or cancelled state without its
    /// <see cref="Closure"/> (stored before closures were recorded) is taken as closed at the latest instant it records.
    /// Accuracy is assessed after confirmation, outside the lifecycle, so it is given here.
    /// </summary>
    /// <param name="asOf">The instant an open customer wait is counted until.</param>
    /// <param name="assessed">Whether the confirmation's accuracy has been assessed.</param>
    /// <param name="defects">The defects recorded after confirmation.</param>
    public OrderProcessingRecord ToProcessingRecord(Instant asOf, bool assessed = false, IReadOnlyList<ConfirmationDefect>? defects = null)
    {
        var receivedAt = Order.ReceivedAt ?? EnteredAt;
        var outcome = Status switch
        {
            OrderStatus.Rejected => ProcessingOutcome.Rejected,
            OrderStatus.Cancelled => ProcessingOutcome.Cancelled,
            _ when Confirmation is not null => ProcessingOutcome.Confirmed,
            _ => ProcessingOutcome.Open,
        };
        return OrderProcessingRecord.ForOutcome(
            OrderId,
            receivedAt,
            outcome,
            outcome == ProcessingOutcome.Rejected ? null : Confirmation?.ConfirmedAt,
            outcome is ProcessingOutcome.Rejected or ProcessingOutcome.Cancelled ? Closure?.At ?? LatestRecordedInstant(receivedAt) : null,
            nameof(Department.OrderConfirmation),
            ReviewedBy ?? Confirmation?.ConfirmedBy,
            CustomerWaitsUntil(asOf),
            assessed,
            defects);
    }

    /// <summary>The latest instant the state records: the best known closing time of a closure not recorded.</summary>
    private Instant LatestRecordedInstant(Instant receivedAt)
    {
        var latest = Instant.Max(receivedAt, EnteredAt);
        Instant?[] recorded = [LatestReview?.EvaluatedAt, Hold?.At, HoldRelease?.At, Clarification?.AskedAt, Confirmation?.ConfirmedAt, DeliveredAt];
        foreach (var at in recorded.Concat(CustomerWaits.Select(w => (Instant?)w.End)))
        {
            latest = at is { } instant ? Instant.Max(latest, instant) : latest;
        }

        return latest;
    }
}
