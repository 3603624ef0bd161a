using OrderConfirmation.Review;

namespace OrderConfirmation.SampleHost.Store;

/// <summary>
/// Keeps the facts that review requests bring (the customer's credit profile, supply per SKU, the supported
/// capabilities) in the library's in-memory fact providers, so that later change reviews through
/// <see cref="Changes.IChangeReviewer"/> see them. A real host registers providers backed by its ERP and CRM before
/// <c>AddOrderConfirmation</c>; then there is nothing to keep and this does nothing.
/// </summary>
internal sealed class RequestFactsRecorder(ICreditProfileProvider credit, ISupplyProvider supply, ICapabilityCatalog capabilities)
{
    /// <summary>Records the facts of a review request; the latest request's facts win.</summary>
    public void Record(ReviewFacts facts)
    {
        if (credit is InMemoryCreditProfiles profiles && facts.Order.Customer.CustomerId is { } customerId)
        {
            if (facts.Credit is { } profile)
            {
                profiles.Set(customerId, profile);
            }
            else
            {
                profiles.Remove(customerId);
            }
        }

        if (supply is InMemorySupply positions)
        {
            foreach (var (sku, position) in facts.Supply)
            {
                positions.Set(sku, position);
            }
        }

        if (capabilities is InMemoryCapabilityCatalog catalog)
        {
            catalog.Replace(facts.Capabilities);
        }
    }
}
