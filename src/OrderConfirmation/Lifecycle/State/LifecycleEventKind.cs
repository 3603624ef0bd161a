namespace OrderConfirmation.Lifecycle.State;

/// <summary>What happened to an order. The host reacts to some (notably <see cref="CustomerNotificationRequired"/>).</summary>
public enum LifecycleEventKind
{
    /// <summary>Sales entered the order.</summary>
    OrderEntered = 0,

    /// <summary>Sales corrected the draft.</summary>
    DraftEdited = 1,

    /// <summary>The preliminary review passed and the order was submitted.</summary>
    OrderSubmitted = 2,

    /// <summary>The detailed review started with its decision.</summary>
    ReviewStarted = 3,

    /// <summary>The customer was asked to clarify; reply due by the deadline.</summary>
    ClarificationRequested = 4,

    /// <summary>The customer replied; the order is back in review.</summary>
    CustomerReplied = 5,

    /// <summary>Finance placed a hold.</summary>
    HoldPlaced = 6,

    /// <summary>Finance released the hold.</summary>
    HoldReleased = 7,

    /// <summary>The head of Order Confirmation confirmed the order.</summary>
    OrderConfirmed = 8,

    /// <summary>The order went to the executing departments.</summary>
    ExecutionStarted = 9,

    /// <summary>An executing department reported progress.</summary>
    ProgressReported = 10,

    /// <summary>The customer must be told of an execution issue (article 4.4); the host sends the notification.</summary>
    CustomerNotificationRequired = 11,

    /// <summary>The order was executed in full.</summary>
    OrderCompleted = 12,

    /// <summary>The order was cancelled.</summary>
    OrderCancelled = 13,

    /// <summary>The order was rejected.</summary>
    OrderRejected = 14,

    /// <summary>A feasible change was recorded as a new revision; the departments in the change's impact must adjust.</summary>
    ChangeApplied = 15,

    /// <summary>The order was reviewed again on current facts; the new decision replaces the latest one.</summary>
    ReviewedAgain = 16,

    /// <summary>The promised delivery date was moved, as agreed with the customer (article 4.4).</summary>
    DeliveryRescheduled = 17,

    /// <summary>The order was closed with its unshipped remainder cancelled.</summary>
    OrderShortClosed = 18,

    /// <summary>A department must be told (see <see cref="LifecycleEvent.Department"/>), for example Finance of an order cancelled in execution; the host sends the notification.</summary>
    DepartmentNotificationRequired = 19,

    /// <summary>A department task was opened for a new review decision (see <see cref="LifecycleEvent.TaskId"/> and <see cref="LifecycleEvent.Department"/>); the host tells the department.</summary>
    TaskOpened = 30,

    /// <summary>An open department task was closed because the new review decision no longer holds its action.</summary>
    TaskSuperseded = 31,

    /// <summary>The department completed its task with a resolution.</summary>
    TaskCompleted = 32,

    /// <summary>An overdue department task was escalated to the head of Order Confirmation (<see cref="LifecycleEvent.Department"/> is Order Confirmation); the host tells the head.</summary>
    TaskEscalated = 33,
}
