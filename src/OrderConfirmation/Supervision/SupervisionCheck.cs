namespace OrderConfirmation.Supervision;

/// <summary>A supervision check to record (article 6.1): the sample, its checklists, what was found and the rectifications asked.</summary>
public sealed record SupervisionCheck
{
    /// <summary>Creates the check.</summary>
    /// <param name="sample">The sample checked.</param>
    /// <param name="results">The checklist of each sampled order (<see cref="SupervisionChecklist.For(SupervisionTrail, SupervisionSample, Lifecycle.State.LifecyclePolicy)"/>).</param>
    /// <param name="findings">What was found; none by default.</param>
    /// <param name="rectifications">The rectifications asked; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> or <paramref name="results"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A result is for an order not in the sample, or a sampled order has no result.</exception>
    public SupervisionCheck(SupervisionSample sample, IReadOnlyList<OrderChecklist> results, IReadOnlyList<SupervisionFinding>? findings = null, IReadOnlyList<RectificationRequest>? rectifications = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(results);
        var sampled = sample.Orders.Select(o => o.OrderId).ToHashSet(StringComparer.Ordinal);
        if (!sampled.SetEquals(results.Select(r => r.OrderId)) || results.Count != sampled.Count)
        {
            throw new ArgumentException("The results must be the checklists of the sampled orders, one each.", nameof(results));
        }

        Sample = sample;
        Results = [.. results];
        Findings = findings is null ? [] : [.. findings];
        Rectifications = rectifications is null ? [] : [.. rectifications];
    }

    /// <summary>The sample checked.</summary>
    public SupervisionSample Sample { get; }

    /// <summary>The checklist of each sampled order.</summary>
    public IReadOnlyList<OrderChecklist> Results { get; }

    /// <summary>What was found.</summary>
    public IReadOnlyList<SupervisionFinding> Findings { get; }

    /// <summary>The rectifications asked.</summary>
    public IReadOnlyList<RectificationRequest> Rectifications { get; }
}
