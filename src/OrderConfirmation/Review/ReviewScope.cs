using NodaTime;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Review;

/// <summary>
/// What the regulation's review rules read. One instance serves one review on one thread; the evaluator moves
/// <see cref="Line"/>, its <see cref="Supply"/>, <see cref="Price"/> and <see cref="SkuDemand"/> (the order's whole quantity
/// of the line's SKU, over all its lines) along the order's lines for line rules.
/// </summary>
internal sealed class ReviewScope
{
    public Order Order = null!;
    public Customer Customer = null!;
    public CreditProfile? Credit;
    public LocalDate Today;
    public IReadOnlySet<string> Capabilities = null!;
    public ExchangeRates Rates = ExchangeRates.None;
    public LocalDate? AgreedDeliveryDate;
    public OrderLine? Line;
    public SupplyPosition? Supply;
    public PriceListEntry? Price;
    public decimal SkuDemand;

    /// <summary>Lets go of the review's objects, so that a scope kept for the next review holds on to nothing.</summary>
    public void Release()
    {
        Order = null!;
        Customer = null!;
        Credit = null;
        Capabilities = null!;
        Rates = ExchangeRates.None;
        Line = null;
        Supply = null;
        Price = null;
    }
}
