using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// What the KPIs read of one order: from an <see cref="OrderProcessingRecord"/>, or straight from a line of a record file
/// without building one. Both go through the same tally, so records and streamed lines cannot disagree.
/// </summary>
/// <param name="ReceivedAt">When the order was received.</param>
/// <param name="Outcome">How its processing ended, or open.</param>
/// <param name="ConfirmedAt">When it was confirmed, if it was.</param>
/// <param name="ClosedAt">When it was rejected or cancelled, if it was.</param>
/// <param name="Waits">The customer waits, sorted and without overlaps.</param>
/// <param name="Assessed">Whether the confirmation's accuracy has been assessed.</param>
/// <param name="HasAttributableDefect">Whether a defect is attributable to the confirmation.</param>
internal readonly ref struct OrderFacts(Instant ReceivedAt, ProcessingOutcome Outcome, Instant? ConfirmedAt, Instant? ClosedAt, ReadOnlySpan<Interval> Waits, bool Assessed, bool HasAttributableDefect)
{
    public Instant ReceivedAt { get; } = ReceivedAt;

    public ProcessingOutcome Outcome { get; } = Outcome;

    public Instant? ConfirmedAt { get; } = ConfirmedAt;

    public Instant? ClosedAt { get; } = ClosedAt;

    public ReadOnlySpan<Interval> Waits { get; } = Waits;

    public bool Assessed { get; } = Assessed;

    public bool HasAttributableDefect { get; } = HasAttributableDefect;

    public static OrderFacts Of(OrderProcessingRecord order) =>
        new(order.ReceivedAt, order.Outcome, order.ConfirmedAt, order.ClosedAt, WaitSpan.Of(order.CustomerWaits), order.Assessed, order.HasAttributableDefect);

    public ProcessingOutcome OutcomeAsOf(Instant asOf) => OrderProcessingRecord.OutcomeAsOf(Outcome, ConfirmedAt, ClosedAt, asOf);
}
