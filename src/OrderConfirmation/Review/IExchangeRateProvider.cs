using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// Gives Finance's exchange rates for a review, so that an order in one currency compares with a credit limit or a price
/// list in another. Optional: without one, only amounts in the same currency compare, and an order in another currency
/// than the customer's credit is held for a rate (<c>ExchangeRateKnown</c>). A provider that fails or does not answer in
/// time holds the order with a system finding.
/// </summary>
public interface IExchangeRateProvider
{
    /// <summary>The rates in force at the review.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<ExchangeRates> GetRatesAsync(CancellationToken cancellationToken);
}
