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
        Record(result);
        Log(result);
        return result;
    }

    private void Log(TransitionResult result)
    {
        var actor = result.Actor;
        if (result.Refusal is { } refusal)
        {
            LifecycleLog.Refused(_logger, result.Before?.OrderId ?? (result.Command as EnterOrder)?.Order.OrderId, result.Command.Kind, actor.Id, actor.Role, refusal.Reason);
            return;
        }

        var state = result.State!;
        LifecycleLog.Accepted(_logger, state.OrderId, result.Command.Kind, actor.Id, actor.Role, result.Before?.Status ?? state.Status, state.Status);
        foreach (var raised in result.Events)
        {
            if (raised.Kind == LifecycleEventKind.CustomerNotificationRequired)
            {
                LifecycleLog.CustomerNotificationRequired(_logger, state.OrderId, raised.Issue);
            }
        }
    }

    private void Record(TransitionResult result)
    {
        var orderId = result.State?.OrderId ?? (result.Command as EnterOrder)?.Order.OrderId;
        void Append(AuditEntryKind kind, string payload) =>
            _audit.Append(new AuditRecord(result.At, result.Actor.Id, result.Actor.Role.ToString(), orderId, kind.ToString(), payload));

        var change = (result.Command as ApplyChange)?.Evaluation;
        if (change is not null)
        {
            Append(AuditEntryKind.ChangeRequest, AuditPayload.ChangeRequest(change));
        }

        if (result.IsAccepted && result.State!.LatestReview is { } review && !ReferenceEquals(review, result.Before?.LatestReview))
        {
            Append(AuditEntryKind.ReviewDecision, AuditPayload.Decision(review));
        }

        Append(result.IsAccepted ? AuditEntryKind.CommandAccepted : AuditEntryKind.CommandRefused, AuditPayload.Command(result));
        if (!result.IsAccepted)
        {
            if (change is not null)
            {
                Append(AuditEntryKind.ChangeOutcome, AuditPayload.ChangeOutcome(change, appliedRevision: null));
            }

            return;
        }

        switch (result.Command)
        {
            case ConfirmOrder:
                Append(AuditEntryKind.Confirmation, AuditPayload.Confirmation(result.State!.Confirmation!));
                break;
            case ReportProgress progress:
                Append(AuditEntryKind.ExecutionReport, AuditPayload.Report(progress.Report));
                break;
            case ApplyChange:
                Append(AuditEntryKind.ChangeOutcome, AuditPayload.ChangeOutcome(change!, result.State!.Revision));
                break;
        }
    }
}
