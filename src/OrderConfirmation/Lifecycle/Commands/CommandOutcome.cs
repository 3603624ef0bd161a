using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>What executing a command gave: a new state and its events, or the precondition that failed (and why it is refused: a precondition, or the actor's role for this very order).</summary>
internal readonly record struct CommandOutcome(OrderState? State, IReadOnlyList<LifecycleEvent> Events, string? Problem, RefusalReason Reason = RefusalReason.PreconditionFailed)
{
    public static CommandOutcome Done(OrderState state, params LifecycleEvent[] events) => new(state, events, null);

    public static CommandOutcome Fail(string problem) => new(null, [], problem);

    /// <summary>A refusal for a reason other than a failed precondition, such as a role that may give the command but not for this task.</summary>
    public static CommandOutcome Fail(RefusalReason reason, string problem) => new(null, [], problem, reason);
}
