namespace OrderConfirmation.Lifecycle;

/// <summary>The lifecycle commands, for permissions and records.</summary>
public enum LifecycleCommandKind
{
    /// <summary><see cref="EnterOrder"/>.</summary>
    Enter = 0,

    /// <summary><see cref="EditDraft"/>.</summary>
    EditDraft = 1,

    /// <summary><see cref="SubmitOrder"/>.</summary>
    Submit = 2,

    /// <summary><see cref="StartReview"/>.</summary>
    StartReview = 3,

    /// <summary><see cref="RequestClarification"/>.</summary>
    RequestClarification = 4,

    /// <summary><see cref="RecordCustomerReply"/>.</summary>
    RecordCustomerReply = 5,

    /// <summary><see cref="PlaceHold"/>.</summary>
    PlaceHold = 6,

    /// <summary><see cref="ReleaseHold"/>.</summary>
    ReleaseHold = 7,

    /// <summary><see cref="ConfirmOrder"/>.</summary>
    Confirm = 8,

    /// <summary><see cref="StartExecution"/>.</summary>
    StartExecution = 9,

    /// <summary><see cref="ReportProgress"/>.</summary>
    ReportProgress = 10,

    /// <summary><see cref="CompleteOrder"/>.</summary>
    Complete = 11,

    /// <summary><see cref="CancelOrder"/>.</summary>
    Cancel = 12,

    /// <summary><see cref="RejectOrder"/>.</summary>
    Reject = 13,

    /// <summary><see cref="ApplyChange"/>.</summary>
    ApplyChange = 14,
}
