using NodaTime;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>The result of applying a case command: the new state, or a refusal with the state unchanged. Refusals are results, not exceptions.</summary>
public sealed record CaseTransitionResult
{
    private CaseTransitionResult(CaseCommand command, string caseId, CaseKind? kind, Actor? actor, Instant at, CaseState? before, CaseState? state, Refusal? refusal)
    {
        Command = command;
        CaseId = caseId;
        Kind = kind;
        Actor = actor;
        At = at;
        Before = before;
        State = state;
        Refusal = refusal;
    }

    /// <summary>The command.</summary>
    public CaseCommand Command { get; }

    /// <summary>The case the command was for.</summary>
    public string CaseId { get; }

    /// <summary>The case's kind; <see langword="null"/> only for a command refused for want of a case.</summary>
    public CaseKind? Kind { get; }

    /// <summary>
    /// Who gave the command; <see langword="null"/> for a report's receipt, whoever took it in: the anonymous channel
    /// records no person (article 6.1).
    /// </summary>
    public Actor? Actor { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The case the command was applied to (<see langword="null"/> for a case being received).</summary>
    public CaseState? Before { get; }

    /// <summary>The case after the command; the unchanged <see cref="Before"/> when refused.</summary>
    public CaseState? State { get; }

    /// <summary>Why the command was refused, or <see langword="null"/> when it was carried out.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether the command was carried out.</summary>
    public bool IsAccepted => Refusal is null;

    internal static CaseTransitionResult Accepted(CaseCommand command, Actor? actor, Instant at, CaseState? before, CaseState state) =>
        new(command, state.CaseId, state.Kind, actor, at, before, state, null);

    internal static CaseTransitionResult Refused(CaseCommand command, string caseId, CaseKind? kind, Actor? actor, Instant at, CaseState? before, Refusal refusal) =>
        new(command, caseId, kind, actor, at, before, before, refusal);
}
