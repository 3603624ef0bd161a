namespace OrderConfirmation.Orders;

/// <summary>The payment terms agreed with the customer (article 4.2: Finance decides whether special terms are required).</summary>
public enum PaymentTerms
{
    /// <summary>The customer pays in full before delivery; no credit is extended.</summary>
    Prepaid = 1,

    /// <summary>The customer pays on delivery.</summary>
    CashOnDelivery = 2,

    /// <summary>Invoice payable within 30 days.</summary>
    Net30 = 3,

    /// <summary>Invoice payable within 60 days.</summary>
    Net60 = 4,
}
