namespace OrderConfirmation.Cases;

/// <summary>Where a customer case stands: open until answered, answered until closed (article 5: queries and complaints are answered promptly).</summary>
public enum CaseStatus
{
    /// <summary>Received and not yet answered: its reply is due (see <see cref="CaseState.ReplyDueAt"/>).</summary>
    Open = 0,

    /// <summary>Answered; rectification actions may still be open, so the case is not over yet.</summary>
    Answered = 1,

    /// <summary>Closed: answered and every rectification done. Nothing more may be done to it.</summary>
    Closed = 2,
}
