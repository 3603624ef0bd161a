using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using OrderConfirmation.Cases;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// Runs case commands against an <see cref="ICaseStore"/>: loads the case, applies the command with a
/// <see cref="CaseStateMachine"/> at the clock's instant, and commits the new state with its audit records (every
/// command, accepted or refused) under the version it read; after a version conflict it loads and applies again, up to
/// <see cref="MaxAttempts"/> times. Logs like <see cref="CaseLifecycle"/>: identifiers, statuses and reasons only.
/// </summary>
public sealed class CaseCommandProcessor
{
    /// <summary>How many times a command is applied before a run of version conflicts is given up: 5.</summary>
    public const int MaxAttempts = 5;

    private readonly CaseStateMachine _machine;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    /// <summary>Creates the processor.</summary>
    /// <param name="store">Where the cases are kept.</param>
    /// <param name="machine">The state machine and its policy.</param>
    /// <param name="clock">The clock giving each command's instant.</param>
    /// <param name="logger">Where to log results; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/>, <paramref name="machine"/> or <paramref name="clock"/> is <see langword="null"/>.</exception>
    public CaseCommandProcessor(ICaseStore store, CaseStateMachine machine, IClock clock, ILogger<CaseCommandProcessor>? logger = null)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        _machine = machine ?? throw new ArgumentNullException(nameof(machine));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Where the cases are kept.</summary>
    public ICaseStore Store { get; }

    /// <summary>The policy in force.</summary>
    public CasePolicy Policy => _machine.Policy;

    /// <summary>Applies a command to the stored case and stores the outcome.</summary>
    /// <param name="caseId">The case (for a <see cref="ReceiveCase"/>, its new id).</param>
    /// <param name="command">The command.</param>
    /// <param name="actor">Who gives it; <see langword="null"/> for a report through the anonymous channel.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The result as stored: the new state, or a refusal (also audited).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> or <paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="command"/> receives a case of another id.</exception>
    /// <exception cref="InvalidOperationException">The case kept changing under the command <see cref="MaxAttempts"/> times.</exception>
    public async ValueTask<CaseTransitionResult> ExecuteAsync(string caseId, CaseCommand command, Actor? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(command);
        if (command is ReceiveCase receive && !string.Equals(receive.CaseId, caseId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The command receives case {receive.CaseId}, not {caseId}.", nameof(caseId));
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await Store.FindAsync(caseId, cancellationToken).ConfigureAwait(false);
            var result = _machine.Apply(stored?.State, command, actor, _clock.GetCurrentInstant());
            var commit = new CaseCommit(caseId, stored?.Version ?? 0, result.IsAccepted ? result.State : null, CaseAuditRecords.For(result));
            var saved = await Store.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
            if (saved.Status == CommitStatus.Saved)
            {
                CaseLog.Result(_logger, result);
                return result;
            }
        }

        throw new InvalidOperationException($"Case {caseId} kept changing under the {command.Kind} command; try again.");
    }
}
