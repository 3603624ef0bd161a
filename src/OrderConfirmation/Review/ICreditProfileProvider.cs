using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>Gives Finance's credit profile of a customer; hosts read it from their ERP.</summary>
public interface ICreditProfileProvider
{
    /// <summary>The customer's credit profile, or <see langword="null"/> when Finance has none (a new customer).</summary>
    ValueTask<CreditProfile?> GetCreditProfileAsync(string customerId, CancellationToken cancellationToken);
}
