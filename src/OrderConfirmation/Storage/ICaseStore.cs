using NodaTime;

namespace OrderConfirmation.Storage;

/// <summary>
/// Where customer cases live between commands (articles 5 and 6.1): states under a version, and their audit entries in
/// the store's chain. A commit stores a case's new state and its audit entries together, only if the case is still at
/// the version the command was applied to. Implementations are thread-safe.
/// </summary>
public interface ICaseStore
{
    /// <summary>The case's stored state and version, or <see langword="null"/> when there is no such case.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> is <see langword="null"/>.</exception>
    ValueTask<StoredCase?> FindAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>The cases not yet closed (open or answered), by case id.</summary>
    ValueTask<IReadOnlyList<StoredCase>> ListOpenAsync(CancellationToken cancellationToken = default);

    /// <summary>The cases still unanswered whose reply due has passed at <paramref name="asOf"/>, earliest due first (as <c>CaseMonitor.Overdue</c>).</summary>
    ValueTask<IReadOnlyList<StoredCase>> ListOverdueAsync(Instant asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a case command's outcome, all or nothing: saved, or, writing nothing, a version conflict. When the audit
    /// cannot be written the exception propagates and nothing is saved.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="commit"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The commit's state is not of the commit's case, or its expected version is negative.</exception>
    ValueTask<CaseCommitResult> CommitAsync(CaseCommit commit, CancellationToken cancellationToken = default);
}
