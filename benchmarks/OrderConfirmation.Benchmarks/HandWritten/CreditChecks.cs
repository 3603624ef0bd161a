using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>
/// rules/credit.json by hand: the customer credit assessment by Finance (article 4.2) and the payment terms Finance
/// allows (article 3). Credit amounts are in the credit profile's currency, the order's total converted into it.
/// </summary>
internal static class CreditChecks
{
    private const int OverdueGraceDays = 30;

    public static void Run(Order order, CreditProfile? credit, ExchangeRates rates, List<ReviewFinding> findings)
    {
        var customer = order.Customer.Name;
        if (credit is { Blocked: true })
        {
            findings.Add(Finding(
                "CustomerNotBlocked", FindingSeverity.Error, ReviewOutcome.Rejected, ReviewAction.RejectOrder,
                $"Finance has blocked {customer}; the order cannot be accepted.",
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["customer"] = customer }));
        }

        if (credit?.AllowedPaymentTerms is { } allowed && order.PaymentTerms is { } terms && !allowed.Contains(terms))
        {
            findings.Add(Finding(
                "PaymentTermsAllowed", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.AdjustPaymentTerms,
                $"Finance allows {customer} only these payment terms: {string.Join(", ", allowed)}; the order asks for {terms}. Agree allowed terms with the customer.",
                new OrderedDictionary<string, object?>(3, StringComparer.Ordinal) { ["customer"] = customer, ["paymentTerms"] = terms, ["allowedTerms"] = allowed.ToArray() }));
        }

        // Prepaid orders extend no credit: the other checks pass.
        if (order.PaymentTerms == PaymentTerms.Prepaid)
        {
            return;
        }

        if (credit is null)
        {
            findings.Add(Finding(
                "CreditProfileKnown", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.RequirePrepayment,
                $"{customer} has no credit history with Finance; ask for prepayment, or have Finance open a credit account first.",
                new OrderedDictionary<string, object?>(2, StringComparer.Ordinal) { ["customer"] = customer, ["paymentTerms"] = order.PaymentTerms }));
            return;
        }

        if (credit.BadDebtRecords != 0)
        {
            findings.Add(Finding(
                "NoBadDebtRecords", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.RequirePrepayment,
                string.Create(CultureInfo.InvariantCulture, $"{customer} has {credit.BadDebtRecords} bad-debt record(s); Finance requires prepayment."),
                new OrderedDictionary<string, object?>(2, StringComparer.Ordinal) { ["customer"] = customer, ["badDebtRecords"] = credit.BadDebtRecords }));
        }

        // The preliminary review has made sure the order's currency is known.
        var currency = credit.Currency ?? order.Currency!;
        if (credit.OverdueAmount > 0)
        {
            findings.Add(credit.DaysOverdue > OverdueGraceDays
                ? Finding(
                    "OverdueWithinGracePeriod", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CollectOverdue,
                    string.Create(CultureInfo.InvariantCulture, $"{customer} has {credit.OverdueAmount} {currency} overdue for {credit.DaysOverdue} days (more than {OverdueGraceDays}); Finance collects it before the order proceeds."),
                    OverdueValues(order, credit, currency))
                : Finding(
                    "NoOverdueBalance", FindingSeverity.Warning, ReviewOutcome.ReadyToConfirm, ReviewAction.MonitorOverdue,
                    string.Create(CultureInfo.InvariantCulture, $"{customer} has {credit.OverdueAmount} {currency} overdue for {credit.DaysOverdue} days, within the {OverdueGraceDays}-day grace period; Finance should follow it up."),
                    OverdueValues(order, credit, currency)));
        }

        if (!rates.CanConvert(order.Currency, currency))
        {
            findings.Add(Finding(
                "ExchangeRateKnown", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.ProvideExchangeRate,
                $"The order is in {order.Currency} but Finance keeps {customer}'s credit in {currency}, and there is no exchange rate between them; Finance to provide the rate before the credit limit can be checked.",
                new OrderedDictionary<string, object?>(3, StringComparer.Ordinal) { ["customer"] = customer, ["orderCurrency"] = order.Currency, ["creditCurrency"] = currency }));
            return;
        }

        var orderAmount = rates.Convert(order.Total, order.Currency, currency);
        var exposure = credit.OutstandingBalance + credit.OpenOrdersValue + orderAmount;
        if (exposure > credit.CreditLimit)
        {
            var excess = exposure - credit.CreditLimit;
            findings.Add(Finding(
                "WithinCreditLimit", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CreditLimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"Credit exposure {exposure:0.##} {currency} (balance, open orders and this order) exceeds the credit limit {credit.CreditLimit} {currency} by {excess:0.##} {currency}; Finance decides on prepayment or a higher limit."),
                new OrderedDictionary<string, object?>(5, StringComparer.Ordinal)
                {
                    ["exposure"] = exposure,
                    ["limit"] = credit.CreditLimit,
                    ["excess"] = excess,
                    ["currency"] = currency,
                    ["orderAmount"] = orderAmount,
                }));
        }
    }

    private static OrderedDictionary<string, object?> OverdueValues(Order order, CreditProfile credit, string currency) =>
        new(5, StringComparer.Ordinal)
        {
            ["customer"] = order.Customer.Name,
            ["overdueAmount"] = credit.OverdueAmount,
            ["currency"] = currency,
            ["daysOverdue"] = credit.DaysOverdue,
            ["graceDays"] = OverdueGraceDays,
        };

    private static ReviewFinding Finding(string rule, FindingSeverity severity, ReviewOutcome outcome, ReviewAction action, string message, IReadOnlyDictionary<string, object?> values) =>
        new(rule, ReviewStage.CreditAssessment, Department.Finance, severity, outcome, action, message, values);
}
