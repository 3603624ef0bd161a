namespace OrderConfirmation.Lifecycle.State;

/// <summary>The lifecycle commands, for permissions and records.</summary>
public enum LifecycleCommandKind
{
    /// <summary>The <c>EnterOrder</c> command.</summary>
    Enter = 0,

    /// <summary>The <c>EditDraft</c> command.</summary>
    EditDraft = 1,

    /// <summary>The <c>SubmitOrder</c> command.</summary>
    Submit = 2,

    /// <summary>The <c>StartReview</c> command.</summary>
    StartReview = 3,

    /// <summary>The <c>RequestClarification</c> command.</summary>
    RequestClarification = 4,

    /// <summary>The <c>RecordCustomerReply</c> command.</summary>
    RecordCustomerReply = 5,

    /// <summary>The <c>PlaceHold</c> command.</summary>
    PlaceHold = 6,

    /// <summary>The <c>ReleaseHold</c> command.</summary>
    ReleaseHold = 7,

    /// <summary>The <c>ConfirmOrder</c> command.</summary>
    Confirm = 8,

    /// <summary>The <c>StartExecution</c> command.</summary>
    StartExecution = 9,

    /// <summary>The <c>ReportProgress</c> command.</summary>
    ReportProgress = 10,

    /// <summary>The <c>CompleteOrder</c> command.</summary>
    Complete = 11,

    /// <summary>The <c>CancelOrder</c> command.</summary>
    Cancel = 12,

    /// <summary>The <c>RejectOrder</c> command.</summary>
    Reject = 13,

    /// <summary>The <c>ApplyChange</c> command.</summary>
    ApplyChange = 14,

    /// <summary>The <c>ReviewAgain</c> command.</summary>
    ReviewAgain = 15,

    /// <summary>The <c>RescheduleDelivery</c> command.</summary>
    RescheduleDelivery = 16,

    /// <summary>The <c>CancelExecution</c> command.</summary>
    CancelExecution = 17,

    /// <summary>The <c>ShortCloseOrder</c> command.</summary>
    ShortClose = 18,

    /// <summary>The <c>RecordCommunication</c> command.</summary>
    RecordCommunication = 19,

    /// <summary>The <c>CompleteTask</c> command.</summary>
    CompleteTask = 20,

    /// <summary>The <c>EscalateTask</c> command.</summary>
    EscalateTask = 21,
}
