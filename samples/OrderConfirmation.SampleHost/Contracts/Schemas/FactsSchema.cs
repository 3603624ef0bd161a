using System.ComponentModel;

namespace OrderConfirmation.SampleHost.Contracts.Schemas;

/// <summary>The facts of a review request.</summary>
[Description("The facts a review reads. The host reviews at its own clock in the company's time zone: `asOf` and `timeZone` are read but not used.")]
internal sealed class FactsSchema
{
    [Description("The instant the facts are as of.")]
    public DateTimeOffset? AsOf { get; init; }

    [Description("The time zone, such as Asia/Shanghai.")]
    public string? TimeZone { get; init; }

    [Description("The customer's credit profile; null or absent for a customer without one.")]
    public CreditSchema? Credit { get; init; }

    [Description("Supply per SKU.")]
    public IReadOnlyDictionary<string, SupplySchema>? Supply { get; init; }

    [Description("The technical capabilities the company supports.")]
    public IReadOnlyList<string>? Capabilities { get; init; }
}

/// <summary>A customer's credit profile.</summary>
[Description("A customer's credit profile (article 4.2, credit assessment), amounts in the order's currency.")]
internal sealed class CreditSchema
{
    [Description("The credit limit.")]
    public required decimal CreditLimit { get; init; }

    [Description("What the customer owes.")]
    public required decimal OutstandingBalance { get; init; }

    [Description("The value of the customer's other open orders.")]
    public required decimal OpenOrdersValue { get; init; }

    [Description("What is overdue.")]
    public required decimal OverdueAmount { get; init; }

    [Description("For how many days.")]
    public required int DaysOverdue { get; init; }

    [Description("Bad-debt records.")]
    public required int BadDebtRecords { get; init; }

    [Description("Whether the customer is blocked.")]
    public required bool Blocked { get; init; }
}

/// <summary>Supply of one SKU.</summary>
[Description("Supply of one SKU.")]
internal sealed class SupplySchema
{
    [Description("Quantity available now.")]
    public required decimal Available { get; init; }

    [Description("Days to replenish.")]
    public required int LeadTimeDays { get; init; }
}
