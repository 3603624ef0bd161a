namespace OrderConfirmation.Lifecycle.State;

/// <summary>Why a command was refused.</summary>
public enum RefusalReason
{
    /// <summary>The command is not possible in the order's status.</summary>
    WrongState = 0,

    /// <summary>The actor's role may not give this command.</summary>
    RoleNotPermitted = 1,

    /// <summary>Separation of duties: the person who entered the order cannot confirm it.</summary>
    SeparationOfDuties = 2,

    /// <summary>A business precondition does not hold (for example the review is not ready to confirm).</summary>
    PreconditionFailed = 3,
}
