using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle.Commands;

/// <summary>What executing a command gave: a new state and its events, or the precondition that failed.</summary>
internal readonly record struct CommandOutcome(OrderState? State, IReadOnlyList<LifecycleEvent> Events, string? Problem)
{
    public static CommandOutcome Done(OrderState state, params LifecycleEvent[] events) => new(state, events, null);

    public static CommandOutcome Fail(string problem) => new(null, [], problem);
}
