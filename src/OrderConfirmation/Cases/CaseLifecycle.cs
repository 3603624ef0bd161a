using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Cases;

/// <summary>
/// The audited case lifecycle for hosts: applies case commands at the clock's instant with a
/// <see cref="CaseStateMachine"/> and appends every command, accepted or refused, to the audit log (article 6.1; see
/// <see cref="CaseAuditEntryKind"/> for what is recorded, and what never is). When the audit log cannot be written the
/// exception propagates and the command must be taken as not carried out: do not keep the new state.
/// </summary>
public sealed class CaseLifecycle
{
    private readonly CaseStateMachine _machine;
    private readonly IAuditLog _audit;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="machine">The state machine and its policy.</param>
    /// <param name="audit">The audit log every command is recorded in.</param>
    /// <param name="clock">The clock giving each command's instant.</param>
    /// <param name="logger">Where to log results (identifiers, statuses and reasons only); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/>, <paramref name="audit"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    public CaseLifecycle(CaseStateMachine machine, IAuditLog audit, IClock clock, ILogger<CaseLifecycle>? logger = null)
    {
        _machine = machine ?? throw new ArgumentNullException(nameof(machine));
        _audit = audit ?? throw new ArgumentNullException(nameof(audit));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The policy in force.</summary>
    public CasePolicy Policy => _machine.Policy;

    /// <summary>Applies a command now and records it.</summary>
    /// <param name="state">The case, or <see langword="null"/> for a <see cref="ReceiveCase"/>.</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who gives it; <see langword="null"/> for a report through the anonymous channel.</param>
    /// <returns>The new state, or a refusal with the state unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    public CaseTransitionResult Execute(CaseState? state, CaseCommand command, Actor? actor)
    {
        var result = _machine.Apply(state, command, actor, _clock.GetCurrentInstant());
        foreach (var record in CaseAuditRecords.For(result))
        {
            _audit.Append(record);
        }

        CaseLog.Result(_logger, result);
        return result;
    }
}
