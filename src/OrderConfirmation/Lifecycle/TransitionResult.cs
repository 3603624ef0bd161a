using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// The result of applying a command: the new state and the events raised, or a refusal with the state
/// unchanged. Refusals are results, not exceptions.
/// </summary>
public sealed record TransitionResult
{
    private TransitionResult(LifecycleCommand command, Actor actor, Instant at, OrderState? before, OrderState? state, IReadOnlyList<LifecycleEvent> events, Refusal? refusal)
    {
        Command = command;
        Actor = actor;
        At = at;
        Before = before;
        State = state;
        Events = events;
        Refusal = refusal;
    }

    /// <summary>The command.</summary>
    public LifecycleCommand Command { get; }

    /// <summary>Who gave it.</summary>
    public Actor Actor { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The state the command was applied to (<see langword="null"/> for an order being entered).</summary>
    public OrderState? Before { get; }

    /// <summary>The state after the command; the unchanged <see cref="Before"/> when refused (so <see langword="null"/> only for a refused entry).</summary>
    public OrderState? State { get; }

    /// <summary>The events raised; empty when refused.</summary>
    public IReadOnlyList<LifecycleEvent> Events { get; }

    /// <summary>Why the command was refused, or <see langword="null"/> when it was carried out.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether the command was carried out.</summary>
    public bool IsAccepted => Refusal is null;

    internal static TransitionResult Accepted(LifecycleCommand command, Actor actor, Instant at, OrderState? before, OrderState state, IReadOnlyList<LifecycleEvent> events) =>
        new(command, actor, at, before, state, events, null);

    internal static TransitionResult Refused(LifecycleCommand command, Actor actor, Instant at, OrderState? before, Refusal refusal) =>
        new(command, actor, at, before, before, [], refusal);
}
