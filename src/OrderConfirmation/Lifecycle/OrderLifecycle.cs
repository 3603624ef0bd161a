using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// The audited order lifecycle for hosts: applies commands at the clock's instant with an
/// <see cref="OrderStateMachine"/> and appends to the audit log every command (accepted or refused), the review
/// decisions relied on, confirmation records, change requests and their outcomes, and execution reports
/// (article 6.1). When the audit log cannot be written the exception propagates and the command must be taken
/// as not carried out: do not keep the new state.
/// </summary>
public sealed class OrderLifecycle
{
    private readonly OrderStateMachine _machine;
    private readonly IAuditLog _audit;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="machine">The state machine and its policy.</param>
    /// <param name="audit">The audit log every command is recorded in.</param>
    /// <param name="clock">The clock giving each command's instant.</param>
    /// <param name="logger">Where to log transitions and refusals (identifiers, statuses and reasons only); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/>, <paramref name="audit"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    public OrderLifecycle(OrderStateMachine machine, IAuditLog audit, IClock clock, ILogger<OrderLifecycle>? logger = null)
    {
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _machine = machine ?? throw new ArgumentNullException(nameof(machine));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The policy in force.</summary>
    public LifecyclePolicy Policy => _machine.Policy;

    /// <summary>Applies a command now and records it.</summary>
    /// <param name="state">The order's state, or <see langword="null"/> for an <see cref="EnterOrder"/>.</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who gives it.</param>
    /// <returns>The new state and its events, or a refusal with the state unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    public TransitionResult Execute(OrderState? state, LifecycleCommand command, Actor actor)
    {
        var result = _machine.Apply(state, command, actor, _clock.GetCurrentInstant());
        foreach (var record in LifecycleAuditRecords.For(result))
        {
            _audit.Append(record);
        }

        LifecycleLog.Result(_logger, result);
        return result;
    }
}
