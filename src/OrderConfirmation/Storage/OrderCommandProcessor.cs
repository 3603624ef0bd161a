using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;
using OrderConfirmation.Lifecycle.Commands;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// The audited order lifecycle over a store, for hosts: loads the order, applies the request's commands at the clock's
/// instant with an <see cref="OrderStateMachine"/>, and commits the new state, its audit entries and the command's
/// receipt atomically (article 6.1), only if no one changed the order meanwhile; if someone did, it loads again, plans
/// again and retries. A command id already stored returns its first result and writes nothing (idempotency). Requests
/// for one order take turns within the process; across processes the store decides. Thread-safe.
/// </summary>
public sealed class OrderCommandProcessor : IDisposable
{
    /// <summary>The attempts made by default before a request is given up as a <see cref="CommandStatus.Conflict"/>.</summary>
    public const int DefaultMaxAttempts = 20;

    private readonly OrderStateMachine _machine;
    private readonly IOrderStore _store;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly OrderLocks _locks = new();

    /// <summary>Creates the processor.</summary>
    /// <param name="machine">The state machine and its policy.</param>
    /// <param name="store">Where orders, receipts and the audit trail are kept.</param>
    /// <param name="clock">The clock giving each command's instant.</param>
    /// <param name="logger">Where to log transitions and refusals (identifiers, statuses and reasons only); none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="machine"/>, <paramref name="store"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    public OrderCommandProcessor(OrderStateMachine machine, IOrderStore store, IClock clock, ILogger<OrderCommandProcessor>? logger = null)
    {
        _machine = machine ?? throw new ArgumentNullException(nameof(machine));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The policy in force.</summary>
    public LifecyclePolicy Policy => _machine.Policy;

    /// <summary>The store the processor writes to.</summary>
    public IOrderStore Store => _store;

    /// <summary>How many times a request is tried while other writers change the order first; at least 1.</summary>
    public int MaxAttempts
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one attempt.");
    } = DefaultMaxAttempts;

    /// <summary>Applies one command to an order under a command id, fingerprinted by <see cref="CommandRequest.For"/>.</summary>
    /// <param name="commandId">The caller's id for the command; a retry gives the same.</param>
    /// <param name="orderId">The order; for an <see cref="EnterOrder"/>, the id of the order entered.</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who gives it.</param>
    /// <param name="cancellationToken">Cancels the work; a commit already made stays made.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The ids are blank, or the command id is too long.</exception>
    public ValueTask<CommandResult> ExecuteAsync(string commandId, string orderId, LifecycleCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var request = CommandRequest.For(commandId, orderId, command, actor);
        var steps = new[] { new CommandStep(command, actor) };
        return ExecuteAsync(request, (_, _) => ValueTask.FromResult<IReadOnlyList<CommandStep>>(steps), cancellationToken);
    }

    /// <summary>
    /// Carries out a request: the commands its plan builds from the order as it stands, applied in turn until one is
    /// refused, committed together with their audit entries and the request's receipt.
    /// </summary>
    /// <param name="request">The order, the command id and the request's fingerprint.</param>
    /// <param name="plan">Builds the commands from the current state; called again after a conflict.</param>
    /// <param name="cancellationToken">Cancels the work; a commit already made stays made.</param>
    /// <returns>Accepted or refused, with the receipt and the stored order; or a replay, a reused id or a conflict, having written nothing.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The plan gave no command, or a command for another order.</exception>
    public async ValueTask<CommandResult> ExecuteAsync(CommandRequest request, CommandPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        using var turn = await _locks.TakeAsync(request.OrderId, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            // A command id already stored is found by the commit itself, under the store's lock: checking it here too would
            // cost every command a read for the rare retry. A retry is planned and applied in vain, then answered from its receipt.
            var current = await _store.FindAsync(request.OrderId, cancellationToken).ConfigureAwait(false);
            var steps = await plan(current?.State, cancellationToken).ConfigureAwait(false);
            var (commit, transitions) = Apply(request, current, steps);
            var result = await _store.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
            switch (result.Status)
            {
                case CommitStatus.Saved:
                    foreach (var transition in transitions)
                    {
                        LifecycleLog.Result(_logger, transition);
                    }

                    var order = commit.State is { } saved ? new StoredOrder(saved, result.Version) : current;
                    return new CommandResult(commit.Receipt.IsAccepted ? CommandStatus.Accepted : CommandStatus.Refused, commit.Receipt, order, transitions);
                case CommitStatus.DuplicateCommand:
                    return await AlreadyStoredAsync(request, result.Existing!, cancellationToken).ConfigureAwait(false);
                default:
                    // Another process changed the order first: wait a little (longer each time, never in step with it) and plan again.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 1 + (5 * attempt))), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        var now = await _store.FindAsync(request.OrderId, cancellationToken).ConfigureAwait(false);
        return new CommandResult(CommandStatus.Conflict, null, now, []);
    }

    /// <inheritdoc />
    public void Dispose() => _locks.Dispose();

    private (OrderCommit Commit, IReadOnlyList<TransitionResult> Transitions) Apply(CommandRequest request, StoredOrder? current, IReadOnlyList<CommandStep> steps)
    {
        if (steps is null || steps.Count == 0)
        {
            throw new InvalidOperationException($"The plan for command {request.CommandId} gave no command to apply.");
        }

        var at = _clock.GetCurrentInstant();
        var state = current?.State;
        var transitions = new List<TransitionResult>(steps.Count);
        var records = new List<AuditRecord>();
        foreach (var (command, actor) in steps)
        {
            var transition = _machine.Apply(state, command, actor, at);
            // A command on an order not stored yet (other than its entry) names no order: it is refused as such, for the request's order.
            var orderId = transition.State?.OrderId ?? (command as EnterOrder)?.Order.OrderId;
            if (orderId is not null && !string.Equals(orderId, request.OrderId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Command {request.CommandId} is for order {request.OrderId}, but its {command.Kind} is for {orderId}.");
            }

            transitions.Add(transition);
            records.AddRange(LifecycleAuditRecords.For(transition, request.CommandId, request.OrderId));
            state = transition.State;
            if (!transition.IsAccepted)
            {
                break;
            }
        }

        var last = transitions[^1];
        var changed = transitions.Any(t => t.IsAccepted);
        var expected = current?.Version ?? 0;
        var version = changed ? expected + 1 : expected;
        var receipt = new CommandReceipt(
            request.CommandId,
            request.OrderId,
            last.Command.Kind,
            last.Actor.Id,
            last.Actor.Role,
            at,
            last.Refusal,
            version,
            state?.Revision ?? 0,
            state?.Status,
            request.Fingerprint);
        return (new OrderCommit(receipt, expected, changed ? state : null, records), transitions);
    }

    private async ValueTask<CommandResult> AlreadyStoredAsync(CommandRequest request, CommandReceipt stored, CancellationToken cancellationToken)
    {
        var reused = !string.Equals(stored.Fingerprint, request.Fingerprint, StringComparison.Ordinal)
            || !string.Equals(stored.OrderId, request.OrderId, StringComparison.Ordinal);
        var order = await _store.FindAsync(stored.OrderId, cancellationToken).ConfigureAwait(false);
        return new CommandResult(reused ? CommandStatus.IdReused : CommandStatus.Replayed, stored, order, []);
    }
}
