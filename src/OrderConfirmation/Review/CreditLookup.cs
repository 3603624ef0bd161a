namespace OrderConfirmation.Review;

/// <summary>What a review asks Finance's credit provider about: whose credit, for which order, in which currency.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="OrderId">The order under review, so that the provider can leave it out of the customer's open orders value; <see langword="null"/> when the order has no id yet.</param>
/// <param name="OrderCurrency">The order's currency; the profile may be kept in another (see <see cref="Orders.CreditProfile.Currency"/>).</param>
public sealed record CreditLookup(string CustomerId, string? OrderId, string? OrderCurrency);
