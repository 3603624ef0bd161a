namespace OrderConfirmation.Storage;

/// <summary>The checks every store makes of a commit before writing anything.</summary>
public static class OrderCommitCheck
{
    /// <summary>Throws when a commit does not hold together.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="commit"/> or one of its parts is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The state is of another order than the receipt's; the expected version is negative; the receipt's version is not the
    /// expected one plus one (a state given) or the expected one (no state); or an audit record is null.
    /// </exception>
    public static void ThrowIfInvalid(OrderCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(commit.Receipt, nameof(commit));
        ArgumentNullException.ThrowIfNull(commit.Audit, nameof(commit));
        if (commit.ExpectedVersion < 0)
        {
            throw new ArgumentException($"The expected version is {commit.ExpectedVersion}; versions start at 0 (not stored yet).", nameof(commit));
        }

        if (commit.State is { } state && !string.Equals(state.OrderId, commit.Receipt.OrderId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The state is of order {state.OrderId}, but the receipt is for {commit.Receipt.OrderId}.", nameof(commit));
        }

        var version = commit.State is null ? commit.ExpectedVersion : commit.ExpectedVersion + 1;
        if (commit.Receipt.Version != version)
        {
            throw new ArgumentException($"The receipt gives version {commit.Receipt.Version}, but a commit {(commit.State is null ? "without" : "with")} a state from version {commit.ExpectedVersion} leaves the order at {version}.", nameof(commit));
        }

        if (commit.Audit.Any(record => record is null))
        {
            throw new ArgumentException("An audit record is null.", nameof(commit));
        }
    }
}
