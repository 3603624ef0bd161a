namespace OrderConfirmation.Supervision;

/// <summary>
/// What a supervision check verifies of each sampled order (article 6.1: the order sheets, communication records and
/// change requests are audited for authenticity and completeness), one named check each.
/// </summary>
public enum ChecklistItem
{
    /// <summary>The hash chain verifies for every entry of the order (authenticity).</summary>
    TrailIntact = 0,

    /// <summary>The order sheet holds every field article 4.1 requires, as entered (see <see cref="SupervisionChecklist"/>).</summary>
    OrderSheetComplete = 1,

    /// <summary>Every clarification request and customer reply names an accepted communication record of the order (article 4.2).</summary>
    ClarificationsRecorded = 2,

    /// <summary>Every change request has its assessment (the change outcome with the same change id, article 4.3).</summary>
    ChangesAssessed = 3,

    /// <summary>A confirmation record by a role the policy permits to confirm, with its time (article 4.2).</summary>
    ConfirmedByHead = 4,

    /// <summary>Every customer notification raised is answered by a later outbound communication (articles 4.4 and 5).</summary>
    NotificationsAnswered = 5,
}
