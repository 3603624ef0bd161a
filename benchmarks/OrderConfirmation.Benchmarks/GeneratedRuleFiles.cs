using System.Buffers;
using System.Globalization;
using System.Text.Json;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// A large rule set made in memory: variations of the default rules of the five review stages (completeness, credit
/// limit in the credit's currency, discount against the price list, technical requirements, delivery of the SKU's
/// whole demand by the requested date) with distinct names and thresholds, a hundred rules to a file, so that loading,
/// checking and compiling can be measured at scale. Every rule passes for the benchmark orders.
/// </summary>
public static class GeneratedRuleFiles
{
    private const int RulesPerFile = 100;

    /// <summary>Creates <paramref name="ruleCount"/> rules in files of up to a hundred rules each.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ruleCount"/> is less than 1.</exception>
    public static IReadOnlyList<RuleFile> Create(int ruleCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ruleCount, 1);
        var files = new List<RuleFile>();
        for (var first = 0; first < ruleCount; first += RulesPerFile)
        {
            var number = first / RulesPerFile;
            files.Add(new RuleFile($"generated-{number:D3}.json", File(number, first, Math.Min(ruleCount, first + RulesPerFile))));
        }

        return files;
    }

    private static byte[] File(int number, int first, int end)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("WorkflowName", $"Generated{number:D3}");
            json.WriteString("Description", "Generated variations of the default rules, for the load benchmark.");
            json.WriteStartArray("GlobalParams");
            ScopedParam(json, "onCredit", "order.PaymentTerms != PaymentTerms.Prepaid");
            ScopedParam(json, "creditCurrency", "credit == null || credit.Currency == null ? order.Currency : credit.Currency");
            json.WriteEndArray();
            json.WriteStartArray("Rules");
            for (var i = first; i < end; i++)
            {
                Rule(json, i);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Rule(Utf8JsonWriter json, int i)
    {
        var n = i.ToString("D4", CultureInfo.InvariantCulture);
        switch (i % 5)
        {
            case 0:
                Write(
                    json, $"OrderLinesWithinLimit{n}", local: null,
                    $"Check.IsPresent(customer.Name) && order.Lines.Count <= {i + 10}",
                    $"The order has {{lines}} lines, more than {i + 10} (generated rule {n}); split it with the customer.",
                    ("PreliminaryReview", "Sales", "NeedsClarification", "AskCustomer", "Order"),
                    ("lines", "order.Lines.Count"));
                break;
            case 1:
                Write(
                    json, $"WithinCreditLimitPlus{n}",
                    ("exposure", "credit == null || !rates.CanConvert(order.Currency, creditCurrency) ? 0 : credit.OutstandingBalance + credit.OpenOrdersValue + rates.Convert(order.Total, order.Currency, creditCurrency)"),
                    $"!onCredit || credit == null || exposure <= credit.CreditLimit + {i * 10}",
                    $"Credit exposure {{exposure}} {{currency}} exceeds the credit limit {{limit}} plus {i * 10} (generated rule {n}).",
                    ("CreditAssessment", "Finance", "OnHold", "CreditLimitExceeded", "Order"),
                    ("exposure", "exposure"), ("limit", "credit.CreditLimit"), ("currency", "creditCurrency"));
                break;
            case 2:
                Write(
                    json, $"DiscountWithin{n}",
                    ("listPrice", "price != null && rates.CanConvert(price.Currency, order.Currency) ? rates.Convert(price.ListPrice, price.Currency, order.Currency) : 0"),
                    $"line.UnitPrice == null || (listPrice - line.UnitPrice.Value) * 100 <= {10 + (i / 5 % 10)} * listPrice",
                    $"Line {{lineNo}} ({{sku}}): unit price {{unitPrice}} is more than {10 + (i / 5 % 10)} % below the list price {{listPrice}} (generated rule {n}).",
                    ("PricingPolicy", "Finance", "OnHold", "RequireFinanceApproval", "Line"),
                    ("sku", "line.Sku"), ("unitPrice", "line.UnitPrice"), ("listPrice", "listPrice"));
                break;
            case 3:
                Write(
                    json, $"RequirementsSupportedUpTo{n}", local: null,
                    $"line.Requirements.Count <= {3 + (i / 5 % 5)} && line.Requirements.All(r => capabilities.Contains(r))",
                    $"Line {{lineNo}} ({{sku}}) has more than {3 + (i / 5 % 5)} requirements or an unsupported one (generated rule {n}).",
                    ("TechnicalFeasibility", "Technical", "NeedsClarification", "ProposeTechnicalSolution", "Line"),
                    ("sku", "line.Sku"));
                break;
            default:
                Write(
                    json, $"DeliverableWithSlack{n}",
                    ("earliest", "supply == null ? today : today.PlusDays(supply.LeadTimeDays)"),
                    $"supply == null || supply.Available >= skuDemand || earliest <= order.RequestedDeliveryDate.Value.PlusDays({i % 30})",
                    $"Line {{lineNo}} ({{sku}}): {{available}} available, ready by {{earliest}} (generated rule {n}).",
                    ("SupplyCapability", "Product", "NeedsClarification", "ProposeNewDeliveryDate", "Line"),
                    ("sku", "line.Sku"), ("available", "supply.Available"), ("earliest", "earliest"));
                break;
        }
    }

    private static void Write(
        Utf8JsonWriter json,
        string name,
        (string Name, string Expression)? local,
        string expression,
        string message,
        (string Stage, string Department, string Outcome, string Action, string Scope) properties,
        params (string Name, string Expression)[] values)
    {
        json.WriteStartObject();
        json.WriteString("RuleName", name);
        if (local is { } parameter)
        {
            json.WriteStartArray("LocalParams");
            ScopedParam(json, parameter.Name, parameter.Expression);
            json.WriteEndArray();
        }

        json.WriteString("Expression", expression);
        json.WriteString("ErrorMessage", message);
        json.WriteStartObject("Properties");
        json.WriteString("Stage", properties.Stage);
        json.WriteString("Department", properties.Department);
        json.WriteString("Severity", "Error");
        json.WriteString("Outcome", properties.Outcome);
        json.WriteString("Action", properties.Action);
        json.WriteString("Scope", properties.Scope);
        json.WriteStartObject("Values");
        foreach (var (valueName, valueExpression) in values)
        {
            json.WriteString(valueName, valueExpression);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void ScopedParam(Utf8JsonWriter json, string name, string expression)
    {
        json.WriteStartObject();
        json.WriteString("Name", name);
        json.WriteString("Expression", expression);
        json.WriteEndObject();
    }
}
