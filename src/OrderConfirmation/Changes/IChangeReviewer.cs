using OrderConfirmation.Orders;

namespace OrderConfirmation.Changes;

/// <summary>Assesses change requests against the rules in force and the host's current facts (article 4.3).</summary>
public interface IChangeReviewer
{
    /// <summary>Evaluates a change request: eligibility, the re-review of the changed order and the impact.</summary>
    /// <param name="current">The order as it stands.</param>
    /// <param name="change">The change request.</param>
    /// <param name="cancellationToken">Cancels gathering the facts.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The rules in force have no change-eligibility rules.</exception>
    ValueTask<ChangeEvaluation> ReviewChangeAsync(OrderSnapshot current, ChangeRequest change, CancellationToken cancellationToken = default);
}
