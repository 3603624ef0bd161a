using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Cases;

namespace OrderConfirmation.Storage;

/// <summary>
/// Customer cases held in memory, for tests, samples and single-process hosts that keep nothing across restarts. The
/// audit entries go to the given log (in memory by default), before the state is kept, so a log that cannot be written
/// leaves the case as it was. Thread-safe.
/// </summary>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredCase> _cases = new(StringComparer.Ordinal);

    /// <summary>Creates an empty store.</summary>
    /// <param name="audit">The log the audit entries go to; a new <see cref="InMemoryAuditLog"/> when <see langword="null"/>.</param>
    public InMemoryCaseStore(IAuditLog? audit = null) => AuditLog = audit ?? new InMemoryAuditLog();

    /// <summary>The log the audit entries go to.</summary>
    public IAuditLog AuditLog { get; }

    /// <inheritdoc />
    public ValueTask<StoredCase?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        lock (_lock)
        {
            return ValueTask.FromResult(_cases.GetValueOrDefault(caseId));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredCase>> ListOpenAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<StoredCase> open = [.. _cases.Values.Where(c => c.State.Status != CaseStatus.Closed).OrderBy(c => c.State.CaseId, StringComparer.Ordinal)];
            return ValueTask.FromResult(open);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredCase>> ListOverdueAsync(Instant asOf, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var overdue = CaseMonitor.Overdue(_cases.Values.Select(c => c.State), asOf);
            IReadOnlyList<StoredCase> stored = [.. overdue.Select(state => _cases[state.CaseId])];
            return ValueTask.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public ValueTask<CaseCommitResult> CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (commit.State is { } state && !string.Equals(state.CaseId, commit.CaseId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The commit is for case {commit.CaseId} but its state is case {state.CaseId}.", nameof(commit));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(commit.ExpectedVersion, nameof(commit));
        lock (_lock)
        {
            var version = _cases.TryGetValue(commit.CaseId, out var stored) ? stored.Version : 0;
            if (version != commit.ExpectedVersion)
            {
                return ValueTask.FromResult(new CaseCommitResult(CommitStatus.VersionConflict, version, []));
            }

            var entries = commit.Audit.Select(AuditLog.Append).ToArray();
            if (commit.State is { } changed)
            {
                version++;
                _cases[commit.CaseId] = new StoredCase(changed, version);
            }

            return ValueTask.FromResult(new CaseCommitResult(CommitStatus.Saved, version, entries));
        }
    }
}
