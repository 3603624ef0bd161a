using NodaTime;
using OrderConfirmation.Findings;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// A customer case in its life (articles 5 and 6.1): immutable. Commands applied by a <see cref="CaseStateMachine"/>
/// give new states; hosts may store and restore states as they are (the storage layer's <c>CaseStateDocument</c>).
/// </summary>
/// <remarks>
/// A <see cref="CaseKind.Report"/> stores no identity of the reporter: <see cref="Reporter"/> holds only what the reporter
/// chose to give (a way to reach them, if they wished), and <see cref="ReceivedBy"/> is <see cref="AnonymousChannel"/>,
/// never the employee who took the report in. Only the roles of <see cref="CasePolicy.ReadRoles"/> (the Auditor, by
/// default) may read it, through <see cref="CaseView.For"/>.
/// </remarks>
public sealed record CaseState
{
    /// <summary>What a report records as the one who received it: the anonymous channel, never a person.</summary>
    public const string AnonymousChannel = "anonymous-channel";

    /// <summary>The case's identifier.</summary>
    public required string CaseId { get; init; }

    /// <summary>Query, complaint or report.</summary>
    public required CaseKind Kind { get; init; }

    /// <summary>How the case came in.</summary>
    public required CommunicationChannel Channel { get; init; }

    /// <summary>When it was received: the start of its reply time.</summary>
    public required Instant ReceivedAt { get; init; }

    /// <summary>Who received it (user id); <see cref="AnonymousChannel"/> for a report.</summary>
    public required string ReceivedBy { get; init; }

    /// <summary>The order the case is about, if any.</summary>
    public string? OrderId { get; init; }

    /// <summary>
    /// The reporter as given: for a query or complaint, who the customer is (name, company, how to reach them); for a
    /// report, only the text the reporter chose to give, or <see langword="null"/>. Never written to the audit trail or logs.
    /// </summary>
    public string? Reporter { get; init; }

    /// <summary>What the case is about, in a line.</summary>
    public required string Subject { get; init; }

    /// <summary>The query, complaint or report as given.</summary>
    public required string Description { get; init; }

    /// <summary>The department the case is assigned to, once assigned.</summary>
    public Department? Department { get; init; }

    /// <summary>The employee the case is assigned to (user id), once assigned.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>When the answer is due: the kind's reply time in business time after <see cref="ReceivedAt"/>.</summary>
    public required Instant ReplyDueAt { get; init; }

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status { get; init; } = CaseStatus.Open;

    /// <summary>The investigation notes, oldest first.</summary>
    public IReadOnlyList<CaseNote> Notes { get; init; } = [];

    /// <summary>The rectification actions, by number.</summary>
    public IReadOnlyList<Rectification> Rectifications { get; init; } = [];

    /// <summary>The answer, once given.</summary>
    public CaseAnswer? Answer { get; init; }

    /// <summary>Who closed the case, in which role and when, once closed (no note).</summary>
    public ActionRecord? Closure { get; init; }

    /// <summary>When the answer was given; <see langword="null"/> while unanswered.</summary>
    public Instant? AnsweredAt => Answer?.At;

    /// <summary>For a complaint: whether it was found substantiated; <see langword="null"/> while unanswered or for a query.</summary>
    public bool? Substantiated => Answer?.Substantiated;

    /// <summary>Whether some rectification action is still to be done.</summary>
    public bool HasOpenRectification => Rectifications.Any(r => r.IsOpen);

    /// <summary>Whether the case is unanswered and its reply due has passed at <paramref name="asOf"/>.</summary>
    public bool IsOverdue(Instant asOf) => Status == CaseStatus.Open && asOf > ReplyDueAt;

    /// <summary>
    /// The case's record for the case KPIs: its kind, receipt and answer, the order it is about, the department and
    /// employee it is assigned to, and whether a complaint was substantiated. Cases do not wait for the customer, so
    /// there are no customer waits.
    /// </summary>
    public CustomerCaseRecord ToKpiRecord() =>
        new(CaseId, Kind, ReceivedAt, AnsweredAt, OrderId, Department?.ToString(), AssignedTo, Substantiated);
}
