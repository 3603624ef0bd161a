namespace OrderConfirmation.Lifecycle;

/// <summary>What an audit entry records (article 6.1: the documents and records of confirmation).</summary>
public enum AuditEntryKind
{
    /// <summary>A lifecycle command that was carried out. Payload: <c>command</c>, <c>from</c>, <c>to</c>, the command's data and the events it raised.</summary>
    CommandAccepted = 0,

    /// <summary>A lifecycle command that was refused (wrong role, wrong state, separation of duties, precondition). Payload: <c>command</c>, <c>state</c>, <c>reason</c>, <c>message</c>.</summary>
    CommandRefused = 1,

    /// <summary>A review decision the order's lifecycle relied on. Payload: the decision (outcome, findings, rule-set version, evaluatedAt).</summary>
    ReviewDecision = 2,

    /// <summary>The confirmation record: who, role, when, rule-set version, decision and promised delivery date.</summary>
    Confirmation = 3,

    /// <summary>A change request as received. Payload has <c>changeId</c>.</summary>
    ChangeRequest = 4,

    /// <summary>The outcome of a change request. Payload has <c>changeId</c>, <c>feasible</c> and <c>revision</c> (the new revision number, or null when not applied).</summary>
    ChangeOutcome = 5,

    /// <summary>An execution progress report (milestone, shipment, delivery, issue).</summary>
    ExecutionReport = 6,

    /// <summary>
    /// Someone read an order's data through the need-to-know view (article 5). The entry's actor and role say who, its
    /// instant when. Payload: <c>masked</c>, the kinds of confidential data hidden from the reader (such as
    /// <c>customerData</c>); empty when the reader saw everything.
    /// </summary>
    OrderRead = 10,
}
