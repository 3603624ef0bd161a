using System.Buffers;
using System.Globalization;
using System.Text.Json;
using OrderConfirmation.Rules;

namespace OrderConfirmation.Benchmarks;

/// <summary>
/// A large rule set made in memory: variations of the default rules (completeness, credit limit, technical
/// requirements, delivery by the requested date) with distinct names and thresholds, a hundred rules to a file,
/// so that loading, checking and compiling can be measured at scale. Every rule passes for the benchmark orders.
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
        switch (i % 4)
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
                    ("exposure", "credit == null ? order.Total : credit.OutstandingBalance + credit.OpenOrdersValue + order.Total"),
                    $"!onCredit || credit == null || exposure <= credit.CreditLimit + {i * 10}",
                    $"Credit exposure {{exposure}} {{currency}} exceeds the credit limit {{limit}} plus {i * 10} (generated rule {n}).",
                    ("CreditAssessment", "Finance", "OnHold", "CreditLimitExceeded", "Order"),
                    ("exposure", "exposure"), ("limit", "credit.CreditLimit"), ("currency", "order.Currency"));
                break;
            case 2:
                Write(
                    json, $"RequirementsSupportedUpTo{n}", local: null,
                    $"line.Requirements.Count <= {3 + (i % 5)} && line.Requirements.All(r => capabilities.Contains(r))",
                    $"Line {{lineNo}} ({{sku}}) has more than {3 + (i % 5)} requirements or an unsupported one (generated rule {n}).",
                    ("TechnicalFeasibility", "Technical", "NeedsClarification", "ProposeTechnicalSolution", "Line"),
                    ("sku", "line.Sku"));
                break;
            default:
                Write(
                    json, $"DeliverableWithSlack{n}",
                    ("earliest", "supply == null ? today : today.PlusDays(supply.LeadTimeDays)"),
                    $"supply == null || supply.Available >= line.Quantity || earliest <= order.RequestedDeliveryDate.Value.PlusDays({i % 30})",
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
