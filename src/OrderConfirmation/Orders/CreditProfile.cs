namespace OrderConfirmation.Orders;

/// <summary>
/// A customer's credit standing as Finance knows it (article 4.2, customer credit assessment). Amounts are in
/// <see cref="Currency"/>, which defaults to the order's currency.
/// </summary>
public sealed record CreditProfile
{
    /// <summary>Creates a credit profile.</summary>
    /// <param name="creditLimit">The most the customer may owe at once.</param>
    /// <param name="outstandingBalance">What the customer owes now on invoices issued.</param>
    /// <param name="openOrdersValue">The value of the customer's other confirmed orders not yet invoiced.</param>
    /// <param name="overdueAmount">The part of the balance that is past its due date.</param>
    /// <param name="daysOverdue">How many days the oldest overdue amount is late.</param>
    /// <param name="badDebtRecords">How many bad-debt records the customer has.</param>
    /// <param name="blocked">Whether Finance has blocked the customer.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount, a day count or the record count is negative.</exception>
    public CreditProfile(decimal creditLimit, decimal outstandingBalance, decimal openOrdersValue, decimal overdueAmount, int daysOverdue, int badDebtRecords, bool blocked)
    {
        Amount.NotNegative(creditLimit, nameof(creditLimit));
        Amount.NotNegative(outstandingBalance, nameof(outstandingBalance));
        Amount.NotNegative(openOrdersValue, nameof(openOrdersValue));
        Amount.NotNegative(overdueAmount, nameof(overdueAmount));
        ArgumentOutOfRangeException.ThrowIfNegative(daysOverdue);
        ArgumentOutOfRangeException.ThrowIfNegative(badDebtRecords);
        CreditLimit = creditLimit;
        OutstandingBalance = outstandingBalance;
        OpenOrdersValue = openOrdersValue;
        OverdueAmount = overdueAmount;
        DaysOverdue = daysOverdue;
        BadDebtRecords = badDebtRecords;
        Blocked = blocked;
    }

    /// <summary>The most the customer may owe at once.</summary>
    public decimal CreditLimit { get; }

    /// <summary>What the customer owes now on invoices issued.</summary>
    public decimal OutstandingBalance { get; }

    /// <summary>The value of the customer's other open orders.</summary>
    public decimal OpenOrdersValue { get; }

    /// <summary>The part of the balance that is past its due date.</summary>
    public decimal OverdueAmount { get; }

    /// <summary>How many days the oldest overdue amount is late.</summary>
    public int DaysOverdue { get; }

    /// <summary>How many bad-debt records the customer has.</summary>
    public int BadDebtRecords { get; }

    /// <summary>Whether Finance has blocked the customer.</summary>
    public bool Blocked { get; }

    /// <summary>
    /// The ISO 4217 code of the currency the amounts are kept in, such as <c>CNY</c>; <see langword="null"/> (the
    /// default) when they are in the order's currency. The credit rules compare an order in another currency through
    /// the review's exchange rates.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank but not <see langword="null"/>.</exception>
    public string? Currency
    {
        get;
        init => field = value is null || !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("A credit currency must not be blank; leave it out for the order's currency.", nameof(Currency));
    }

    /// <summary>
    /// The payment terms Finance allows this customer; <see langword="null"/> (the default) when any terms are allowed.
    /// </summary>
    public IReadOnlySet<PaymentTerms>? AllowedPaymentTerms { get; init; }

    /// <summary>The currency of the amounts for an order in <paramref name="orderCurrency"/>: <see cref="Currency"/>, else the order's.</summary>
    public string? CurrencyFor(string? orderCurrency) => Currency ?? orderCurrency;
}
