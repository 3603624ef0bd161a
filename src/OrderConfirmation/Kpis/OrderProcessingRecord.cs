using NodaTime;

namespace OrderConfirmation.Kpis;

/// <summary>
/// How one order was processed, for the confirmation accuracy and timely processing rates: when it was received and
/// how it ended (confirmed, rejected, cancelled, or still open), who was responsible, how long it waited for the
/// customer, and the defects found after confirmation.
/// </summary>
public sealed record OrderProcessingRecord
{
    /// <summary>
    /// Creates the record of an order confirmed at <paramref name="confirmedAt"/> (<see cref="ProcessingOutcome.Confirmed"/>),
    /// or still open without it (<see cref="ProcessingOutcome.Open"/>). Customer waits are kept sorted with overlapping
    /// or touching intervals merged.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <param name="receivedAt">When the order was received (article 4.1).</param>
    /// <param name="confirmedAt">When it was confirmed, or <see langword="null"/> while not yet confirmed.</param>
    /// <param name="department">The responsible department, or <see langword="null"/>.</param>
    /// <param name="employee">The responsible employee, or <see langword="null"/>.</param>
    /// <param name="customerWaits">The intervals spent waiting for the customer's reply (article 4.2).</param>
    /// <param name="assessed">Whether the confirmation's accuracy has been assessed.</param>
    /// <param name="defects">The defects recorded after confirmation.</param>
    /// <exception cref="ArgumentException"><paramref name="orderId"/> is blank, the order is confirmed before it was received, or a wait has no end.</exception>
    /// <exception cref="ArgumentNullException">A collection or an element is <see langword="null"/>.</exception>
    public OrderProcessingRecord(string orderId, Instant receivedAt, Instant? confirmedAt, string? department, string? employee, IReadOnlyList<Interval>? customerWaits = null, bool assessed = false, IReadOnlyList<ConfirmationDefect>? defects = null)
        : this(orderId, receivedAt, confirmedAt is null ? ProcessingOutcome.Open : ProcessingOutcome.Confirmed, confirmedAt, null, department, employee, customerWaits, assessed, defects)
    {
    }

    /// <summary>
    /// The record of an order with its outcome: open (neither instant), confirmed at <paramref name="confirmedAt"/>,
    /// rejected at <paramref name="closedAt"/> (never confirmed), or cancelled at <paramref name="closedAt"/> (confirmed
    /// before at <paramref name="confirmedAt"/>, or not). Customer waits are kept sorted with overlapping or touching
    /// intervals merged.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <param name="receivedAt">When the order was received (article 4.1).</param>
    /// <param name="outcome">How its processing ended, or <see cref="ProcessingOutcome.Open"/>.</param>
    /// <param name="confirmedAt">When it was confirmed: required when confirmed, optional when cancelled, otherwise <see langword="null"/>.</param>
    /// <param name="closedAt">When it was rejected or cancelled: required then, otherwise <see langword="null"/>.</param>
    /// <param name="department">The responsible department, or <see langword="null"/>.</param>
    /// <param name="employee">The responsible employee, or <see langword="null"/>.</param>
    /// <param name="customerWaits">The intervals spent waiting for the customer's reply (article 4.2); none when <see langword="null"/>.</param>
    /// <param name="assessed">Whether the confirmation's accuracy has been assessed.</param>
    /// <param name="defects">The defects recorded after confirmation; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a <see cref="ProcessingOutcome"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="orderId"/> is blank; an instant the outcome needs is missing, or one it cannot have is given (the
    /// exception's parameter name says which); the order is confirmed or closed before it was received, or cancelled
    /// before it was confirmed; or a wait has no end.
    /// </exception>
    /// <exception cref="ArgumentNullException">A collection or an element is <see langword="null"/>.</exception>
    public static OrderProcessingRecord ForOutcome(string orderId, Instant receivedAt, ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt, string? department, string? employee, IReadOnlyList<Interval>? customerWaits = null, bool assessed = false, IReadOnlyList<ConfirmationDefect>? defects = null) =>
        new(orderId, receivedAt, outcome, confirmedAt, closedAt, department, employee, customerWaits, assessed, defects);

    private OrderProcessingRecord(string orderId, Instant receivedAt, ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt, string? department, string? employee, IReadOnlyList<Interval>? customerWaits, bool assessed, IReadOnlyList<ConfirmationDefect>? defects)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a processing outcome.");
        }

        if (OutcomeProblem(outcome, receivedAt, confirmedAt, closedAt) is { } problem)
        {
            throw new ArgumentException($"Order {orderId}: {problem.Problem}", problem.Field);
        }

        OrderId = orderId;
        ReceivedAt = receivedAt;
        Outcome = outcome;
        ConfirmedAt = confirmedAt;
        ClosedAt = closedAt;
        Department = department;
        Employee = employee;
        CustomerWaits = CustomerWaitIntervals.Normalise("Order", orderId, customerWaits, nameof(customerWaits));
        Assessed = assessed;
        Defects = defects ?? [];
        foreach (var defect in Defects)
        {
            ArgumentNullException.ThrowIfNull(defect, nameof(defects));
            HasAttributableDefect |= defect.AttributableToConfirmation;
        }
    }

    /// <summary>The order.</summary>
    public string OrderId { get; }

    /// <summary>When the order was received.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>How the order's processing ended, or <see cref="ProcessingOutcome.Open"/>.</summary>
    public ProcessingOutcome Outcome { get; }

    /// <summary>When it was confirmed, or <see langword="null"/> while not yet confirmed (and when rejected, or cancelled unconfirmed).</summary>
    public Instant? ConfirmedAt { get; }

    /// <summary>When it was rejected or cancelled, or <see langword="null"/> otherwise.</summary>
    public Instant? ClosedAt { get; }

    /// <summary>The responsible department.</summary>
    public string? Department { get; }

    /// <summary>The responsible employee.</summary>
    public string? Employee { get; }

    /// <summary>The intervals spent waiting for the customer, sorted and without overlaps.</summary>
    public IReadOnlyList<Interval> CustomerWaits { get; }

    /// <summary>Whether the confirmation's accuracy has been assessed.</summary>
    public bool Assessed { get; }

    /// <summary>The defects recorded after confirmation.</summary>
    public IReadOnlyList<ConfirmationDefect> Defects { get; }

    /// <summary>Whether a defect is attributable to the confirmation (which makes it inaccurate).</summary>
    public bool HasAttributableDefect { get; }

    /// <summary>
    /// The outcome as it stood at <paramref name="asOf"/>: a confirmation, rejection or cancellation after that instant
    /// had not happened yet (an order cancelled after <paramref name="asOf"/> but confirmed before it was confirmed then).
    /// </summary>
    public ProcessingOutcome OutcomeAsOf(Instant asOf) => OutcomeAsOf(Outcome, ConfirmedAt, ClosedAt, asOf);

    /// <summary>The outcome as it stood at <paramref name="asOf"/>, from the record's facts (the one rule behind records and streamed lines).</summary>
    internal static ProcessingOutcome OutcomeAsOf(ProcessingOutcome outcome, Instant? confirmedAt, Instant? closedAt, Instant asOf) => outcome switch
    {
        ProcessingOutcome.Rejected or ProcessingOutcome.Cancelled when closedAt <= asOf => outcome,
        _ when confirmedAt <= asOf => ProcessingOutcome.Confirmed,
        _ => ProcessingOutcome.Open,
    };

    /// <summary>
    /// What is wrong with the instants for the outcome, naming the record field (as in KPI record files), or
    /// <see langword="null"/> when they fit: the one check behind both this constructor and the file reader.
    /// </summary>
    internal static (string Field, string Problem)? OutcomeProblem(ProcessingOutcome outcome, Instant receivedAt, Instant? confirmedAt, Instant? closedAt) => outcome switch
    {
        ProcessingOutcome.Open when confirmedAt is not null => ("confirmedAt", "An open order has no confirmation; a confirmed order's outcome is Confirmed."),
        ProcessingOutcome.Open when closedAt is not null => ("closedAt", "Only a Rejected or Cancelled order is closed; give its outcome."),
        ProcessingOutcome.Confirmed when confirmedAt is null => ("confirmedAt", "Required for a Confirmed order."),
        ProcessingOutcome.Confirmed when closedAt is not null => ("closedAt", "A Confirmed order is not closed; an order cancelled after confirmation is Cancelled."),
        ProcessingOutcome.Rejected when confirmedAt is not null => ("confirmedAt", "A Rejected order was never confirmed; an order cancelled after confirmation is Cancelled."),
        ProcessingOutcome.Rejected or ProcessingOutcome.Cancelled when closedAt is null => ("closedAt", $"Required for a {outcome} order: when it was {outcome.ToString().ToLowerInvariant()}."),
        _ when confirmedAt < receivedAt => ("confirmedAt", $"The order is confirmed ({confirmedAt}) before it was received ({receivedAt})."),
        _ when closedAt < receivedAt => ("closedAt", $"The order is {outcome.ToString().ToLowerInvariant()} ({closedAt}) before it was received ({receivedAt})."),
        _ when closedAt < confirmedAt => ("closedAt", $"The order is cancelled ({closedAt}) before it was confirmed ({confirmedAt})."),
        _ => null,
    };
}
