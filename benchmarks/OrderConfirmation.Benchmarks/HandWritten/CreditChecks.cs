using System.Globalization;
using OrderConfirmation.Findings;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Benchmarks.HandWritten;

/// <summary>rules/credit.json by hand: the customer credit assessment by Finance (article 4.2).</summary>
internal static class CreditChecks
{
    private const int OverdueGraceDays = 30;

    public static void Run(Order order, CreditProfile? credit, List<ReviewFinding> findings)
    {
        var customer = order.Customer.Name;
        if (credit is { Blocked: true })
        {
            findings.Add(Finding(
                "CustomerNotBlocked", FindingSeverity.Error, ReviewOutcome.Rejected, ReviewAction.RejectOrder,
                $"Finance has blocked {customer}; the order cannot be accepted.",
                new OrderedDictionary<string, object?>(1, StringComparer.Ordinal) { ["customer"] = customer }));
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

        if (credit.OverdueAmount > 0)
        {
            findings.Add(credit.DaysOverdue > OverdueGraceDays
                ? Finding(
                    "OverdueWithinGracePeriod", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CollectOverdue,
                    string.Create(CultureInfo.InvariantCulture, $"{customer} has {credit.OverdueAmount} {order.Currency} overdue for {credit.DaysOverdue} days (more than {OverdueGraceDays}); Finance collects it before the order proceeds."),
                    OverdueValues(order, credit))
                : Finding(
                    "NoOverdueBalance", FindingSeverity.Warning, ReviewOutcome.ReadyToConfirm, ReviewAction.MonitorOverdue,
                    string.Create(CultureInfo.InvariantCulture, $"{customer} has {credit.OverdueAmount} {order.Currency} overdue for {credit.DaysOverdue} days, within the {OverdueGraceDays}-day grace period; Finance should follow it up."),
                    OverdueValues(order, credit)));
        }

        var exposure = credit.OutstandingBalance + credit.OpenOrdersValue + order.Total;
        if (exposure > credit.CreditLimit)
        {
            var excess = exposure - credit.CreditLimit;
            findings.Add(Finding(
                "WithinCreditLimit", FindingSeverity.Error, ReviewOutcome.OnHold, ReviewAction.CreditLimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"Credit exposure {exposure} {order.Currency} (balance, open orders and this order) exceeds the credit limit {credit.CreditLimit} {order.Currency} by {excess} {order.Currency}; Finance decides on prepayment or a higher limit."),
                new OrderedDictionary<string, object?>(4, StringComparer.Ordinal)
                {
                    ["exposure"] = exposure,
                    ["limit"] = credit.CreditLimit,
                    ["excess"] = excess,
                    ["currency"] = order.Currency,
                }));
        }
    }

    private static OrderedDictionary<string, object?> OverdueValues(Order order, CreditProfile credit) =>
        new(5, StringComparer.Ordinal)
        {
            ["customer"] = order.Customer.Name,
            ["overdueAmount"] = credit.OverdueAmount,
            ["currency"] = order.Currency,
            ["daysOverdue"] = credit.DaysOverdue,
            ["graceDays"] = OverdueGraceDays,
        };

    private static ReviewFinding Finding(string rule, FindingSeverity severity, ReviewOutcome outcome, ReviewAction action, string message, IReadOnlyDictionary<string, object?> values) =>
        new(rule, ReviewStage.CreditAssessment, Department.Finance, severity, outcome, action, message, values);
}
