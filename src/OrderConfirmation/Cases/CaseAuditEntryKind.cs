namespace OrderConfirmation.Cases;

/// <summary>
/// What a customer case's audit entry records (article 6.1). Every entry names the case's order when it is about one,
/// the actor and role (for a report's receipt, the actor <c>anonymous-channel</c> and no role), and a payload with
/// <c>caseId</c>, <c>caseKind</c>, <c>command</c>, <c>from</c> (the status before, or null) and <c>details</c>: the
/// command's structured data (channel, receivedBy and replyDueAt of a receipt; department and employee of an assignment;
/// a note's number; a rectification's number, owner and dueAt; a completed rectification's number; an answer's
/// substantiated). Free text (subject, description, reporter, notes, answers, what a rectification is and how it was
/// done) is never in the trail: it stays in the case's state, readable by the roles allowed.
/// </summary>
public enum CaseAuditEntryKind
{
    /// <summary>A case command that was carried out. Payload adds <c>to</c>, the status after.</summary>
    CaseCommandAccepted = 0,

    /// <summary>A case command that was refused (wrong role, wrong state, closed case, precondition). Payload adds <c>reason</c> and <c>message</c>.</summary>
    CaseCommandRefused = 1,
}
