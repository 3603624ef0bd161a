using NodaTime;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// The order lifecycle as an explicit state machine: <c>Draft → Submitted → UnderReview → AwaitingCustomer / OnHold
/// → Confirmed → InExecution → Completed</c>, with <c>Rejected</c> and <c>Cancelled</c> terminal. Applying a
/// command checks, in this order, the actor's role, the order's status, separation of duties and the command's
/// preconditions; a refusal names the command, the state or role and the reason, and changes nothing. Whenever a command
/// attaches a new review decision to a submitted order, the department tasks follow it (<see cref="DepartmentTask"/>).
/// Pure and thread-safe: no clock, no I/O (see <see cref="OrderLifecycle"/> for the audited service).
/// </summary>
public sealed class OrderStateMachine
{
    /// <summary>Creates a state machine under a policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public OrderStateMachine(LifecyclePolicy policy) => Policy = policy ?? throw new ArgumentNullException(nameof(policy));

    /// <summary>Who may do what, and the time limits.</summary>
    public LifecyclePolicy Policy { get; }

    /// <summary>Applies a command.</summary>
    /// <param name="state">The order's state, or <see langword="null"/> for an <see cref="EnterOrder"/>.</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who gives it.</param>
    /// <param name="at">When.</param>
    /// <returns>The new state and its events, or a refusal with the state unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    public TransitionResult Apply(OrderState? state, LifecycleCommand command, Actor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (actor.Id is null)
        {
            throw new ArgumentException("The actor is the default value; create it with a user id and role.", nameof(actor));
        }

        var orderName = state is null ? "the order" : $"order {state.OrderId}";
        if (!Policy.Permits(actor.Role, command.Kind))
        {
            var allowed = Policy.Permissions.TryGetValue(command.Kind, out var roles) && roles.Count > 0 ? $"only {string.Join(", ", roles.Order())} may" : "nobody may";
            return Refuse(RefusalReason.RoleNotPermitted, $"{actor.Id} acts as {actor.Role}, who may not {command.Kind} {orderName}; {allowed}.");
        }

        CommandOutcome outcome;
        var context = new CommandContext(actor, at, Policy);
        if (command is EnterOrder enter)
        {
            if (state is not null)
            {
                return Refuse(RefusalReason.WrongState, $"{command.Kind} is not possible: order {state.OrderId} has already been entered and is {state.Status}.");
            }

            outcome = enter.Enter(context);
        }
        else
        {
            if (state is null)
            {
                return Refuse(RefusalReason.WrongState, $"{command.Kind} needs an order, but none has been entered.");
            }

            if (!command.AllowedFrom.Contains(state.Status))
            {
                var over = state.IsTerminal ? " and its life is over" : string.Empty;
                return Refuse(RefusalReason.WrongState, $"{command.Kind} is not possible: order {state.OrderId} is {state.Status}{over}; {command.Kind} is possible only when it is {string.Join(" or ", command.AllowedFrom)}.");
            }

            if (command.Kind == LifecycleCommandKind.Confirm && Policy.SeparationOfDuties && string.Equals(actor.Id, state.EnteredBy, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse(RefusalReason.SeparationOfDuties, $"{actor.Id} entered order {state.OrderId} and so cannot also confirm it (separation of duties).");
            }

            outcome = command.Execute(state, context);
            if (outcome.Problem is null && command is not SubmitOrder)
            {
                outcome = DepartmentTaskOpening.Follow(state, outcome, context);
            }
        }

        outcome = CustomerNotifications.Open(outcome, at);

        return outcome.Problem is { } problem
            ? Refuse(outcome.Reason, $"{command.Kind} refused for {orderName}: {problem}.")
            : TransitionResult.Accepted(command, actor, at, state, outcome.State!, outcome.Events);

        TransitionResult Refuse(RefusalReason reason, string message) =>
            TransitionResult.Refused(command, actor, at, state, new Refusal(reason, message));
    }
}
