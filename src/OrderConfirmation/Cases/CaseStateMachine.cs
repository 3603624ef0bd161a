using NodaTime;
using OrderConfirmation.Kpis;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// The life of a customer case as an explicit state machine: <c>Open → Answered → Closed</c>. Applying a command checks,
/// in this order, that there is a case (or none yet, to receive one), the actor's role for the case's kind, the case's
/// status, that the command is not before the case's receipt, and the command's preconditions; a refusal names the
/// command, the kind, the status or the roles allowed and the reason (never a person or a case's free text), and
/// changes nothing. Pure and thread-safe: no clock, no I/O (see <see cref="CaseLifecycle"/> for the audited service).
/// </summary>
public sealed class CaseStateMachine
{
    /// <summary>Creates a state machine under a policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public CaseStateMachine(CasePolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Who may do what, and the reply times.</summary>
    public CasePolicy Policy { get; }

    /// <summary>Applies a command.</summary>
    /// <param name="state">The case, or <see langword="null"/> for a <see cref="ReceiveCase"/>.</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">
    /// Who gives it; <see langword="null"/> for a report through the anonymous channel (only a report's receipt may come so).
    /// A report's receipt never records the actor, given or not.
    /// </param>
    /// <param name="at">When.</param>
    /// <returns>The new state, or a refusal with the state unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value.</exception>
    public CaseTransitionResult Apply(CaseState? state, CaseCommand command, Actor? actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (actor is { Id: null })
        {
            throw new ArgumentException("The actor is the default value; create it with a user id and role, or give none for the anonymous channel.", nameof(actor));
        }

        var receive = command as ReceiveCase;
        var caseId = state?.CaseId ?? receive?.CaseId ?? "(none)";
        var kind = state?.Kind ?? receive?.CaseKind;
        var recorded = receive?.CaseKind == CaseKind.Report ? null : actor;
        if (kind is not { } caseKind)
        {
            return Refuse(RefusalReason.WrongState, $"{command.Kind} needs a case, but none has been received.");
        }

        if (actor is not { } known)
        {
            if (receive?.CaseKind != CaseKind.Report)
            {
                return Refuse(RefusalReason.RoleNotPermitted, $"{command.Kind} needs someone acting in a role; only a report may be received through the anonymous channel without one.");
            }
        }
        else if (!Policy.Permits(caseKind, known.Role, command.Kind))
        {
            var roles = Policy.RolesFor(caseKind, command.Kind);
            var allowed = roles.Count > 0 ? $"only {string.Join(", ", roles)} may" : "nobody may";
            return Refuse(RefusalReason.RoleNotPermitted, $"{known.Role} may not {command.Kind} a {caseKind}; {allowed}.");
        }

        var context = new CaseCommandContext(actor, at, Policy);
        CaseOutcome outcome;
        if (receive is not null)
        {
            if (state is not null)
            {
                return Refuse(RefusalReason.WrongState, $"{command.Kind} is not possible: case {caseId} has already been received and is {state.Status}.");
            }

            outcome = receive.Receive(context);
        }
        else
        {
            if (!command.AllowedFrom.Contains(state!.Status))
            {
                var over = state.Status == CaseStatus.Closed ? " and closed cases take no more commands" : string.Empty;
                return Refuse(RefusalReason.WrongState, $"{command.Kind} is not possible: case {caseId} is {state.Status}{over}; {command.Kind} is possible only when it is {string.Join(" or ", command.AllowedFrom)}.");
            }

            if (at < state.ReceivedAt)
            {
                return Refuse(RefusalReason.PreconditionFailed, $"{command.Kind} refused for case {caseId}: it would be before the case was received.");
            }

            outcome = command.Execute(state, context);
        }

        return outcome.Problem is { } problem
            ? Refuse(RefusalReason.PreconditionFailed, $"{command.Kind} refused for case {caseId}: {problem}.")
            : CaseTransitionResult.Accepted(command, recorded, at, state, outcome.State!);

        CaseTransitionResult Refuse(RefusalReason reason, string message) =>
            CaseTransitionResult.Refused(command, caseId, kind, recorded, at, state, new Refusal(reason, message));
    }
}
