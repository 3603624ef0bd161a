using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>Gives Finance's credit profile of a customer; hosts read it from their ERP.</summary>
public interface ICreditProfileProvider
{
    /// <summary>The customer's credit profile, or <see langword="null"/> when Finance has none (a new customer).</summary>
    ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>
    /// The customer's credit profile for one order under review: the review calls this one. A provider that keeps an
    /// order's value among the customer's open orders as soon as it is entered leaves <see cref="CreditLookup.OrderId"/>
    /// out of <see cref="CreditProfile.OpenOrdersValue"/> here, so that the order is not counted twice. By default it
    /// asks <see cref="GetCreditProfileAsync(string, CancellationToken)"/> for the customer.
    /// </summary>
    /// <param name="lookup">The customer, the order and its currency.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<CreditProfile?> GetCreditProfileAsync(CreditLookup lookup, CancellationToken cancellationToken) =>
        GetCreditProfileAsync((lookup ?? throw new ArgumentNullException(nameof(lookup))).CustomerId, cancellationToken);
}
