namespace OrderConfirmation.Review;

/// <summary>Gives the technical capability codes the company supports (for example <c>IPV6</c>, <c>SLA-99.9</c>).</summary>
public interface ICapabilityCatalog
{
    /// <summary>The supported capability codes.</summary>
    ValueTask<IReadOnlySet<string>> GetSupportedCapabilitiesAsync(CancellationToken cancellationToken);
}
