using NodaTime;

namespace OrderConfirmation.Orders;

/// <summary>
/// A customer order as Sales entered it (article 4.1). Every business field may be missing:
/// the preliminary review reports what is missing as findings rather than refusing the order.
/// </summary>
public sealed record Order
{
    /// <summary>Creates an order.</summary>
    /// <param name="orderId">The order's identifier, or <see langword="null"/> when not entered.</param>
    /// <param name="receivedAt">When the order was received; <see langword="null"/> when the entry lacks it.</param>
    /// <param name="enteredBy">Who entered it (a user name in the host application).</param>
    /// <param name="customer">The customer; <see langword="null"/> is taken as <see cref="Customer.Empty"/>.</param>
    /// <param name="currency">The ISO 4217 currency code of every price in the order.</param>
    /// <param name="lines">The order lines; <see langword="null"/> means none.</param>
    /// <param name="requestedDeliveryDate">The delivery date the customer asked for.</param>
    /// <param name="paymentTerms">The agreed payment terms; <see langword="null"/> when missing or not recognised.</param>
    /// <param name="deliveryAddress">Where to deliver; <see langword="null"/> means the customer's address.</param>
    /// <param name="specialRequirements">Special requirements as free text.</param>
    public Order(
        string? orderId,
        Instant? receivedAt,
        string? enteredBy,
        Customer? customer,
        string? currency,
        IReadOnlyList<OrderLine>? lines,
        LocalDate? requestedDeliveryDate,
        PaymentTerms? paymentTerms,
        PostalAddress? deliveryAddress = null,
        string? specialRequirements = null)
    {
        OrderId = orderId;
        ReceivedAt = receivedAt;
        EnteredBy = enteredBy;
        Customer = customer ?? Customer.Empty;
        Currency = currency;
        Lines = lines is null ? [] : [.. lines];
        RequestedDeliveryDate = requestedDeliveryDate;
        PaymentTerms = paymentTerms;
        RequestedDeliveryAddress = deliveryAddress;
        SpecialRequirements = specialRequirements;
    }

    /// <summary>The order's identifier.</summary>
    public string? OrderId { get; init; }

    /// <summary>When the order was received (the start of the timely-processing clock); <see langword="null"/> when not recorded.</summary>
    public Instant? ReceivedAt { get; init; }

    /// <summary>Who entered the order.</summary>
    public string? EnteredBy { get; init; }

    /// <summary>The customer; never <see langword="null"/>.</summary>
    public Customer Customer { get; init; }

    /// <summary>The ISO 4217 currency code of every price in the order.</summary>
    public string? Currency { get; init; }

    /// <summary>The order lines, in entry order; never <see langword="null"/>.</summary>
    public IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>The delivery date the customer asked for.</summary>
    public LocalDate? RequestedDeliveryDate { get; init; }

    /// <summary>The agreed payment terms; <see langword="null"/> when missing or not one of the known terms.</summary>
    public PaymentTerms? PaymentTerms { get; init; }

    /// <summary>The delivery address as entered; <see langword="null"/> when the customer's address applies.</summary>
    public PostalAddress? RequestedDeliveryAddress { get; init; }

    /// <summary>Where the order is delivered: the delivery address entered, else the customer's address.</summary>
    public PostalAddress DeliveryAddress => RequestedDeliveryAddress ?? Customer.Address;

    /// <summary>Special requirements as free text.</summary>
    public string? SpecialRequirements { get; init; }

    /// <summary>The order total: the exact sum of every line's quantity × unit price.</summary>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="decimal"/>.</exception>
    public decimal Total
    {
        get
        {
            var total = 0m;
            var lines = Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                total += lines[i].Amount;
            }

            return total;
        }
    }
}
