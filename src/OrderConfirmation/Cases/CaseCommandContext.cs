using NodaTime;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>Who gives a case command (an actor, or nobody through the anonymous channel), when, and under which policy.</summary>
internal sealed class CaseCommandContext(Actor? actor, Instant at, CasePolicy policy)
{
    /// <summary>Who gives the command; <see langword="null"/> for a report through the anonymous channel.</summary>
    public Actor? Actor { get; } = actor;

    public Instant At { get; } = at;

    public CasePolicy Policy { get; } = policy;

    /// <summary>The actor, for commands that always have one (every command but a report's receipt).</summary>
    public Actor Known => Actor ?? throw new InvalidOperationException("Only a report's receipt may come without an actor.");
}
