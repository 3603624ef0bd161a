using System.Collections;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Findings;
using OrderConfirmation.Json;
using OrderConfirmation.Review;

namespace OrderConfirmation.Formats;

/// <summary>
/// Writes a <see cref="ReviewDecision"/> as camelCase JSON (<c>orderId</c>, <c>outcome</c>, <c>stagesRun</c>,
/// <c>findings</c>, <c>ruleSetVersion</c>, <c>evaluatedAt</c>; then <c>ruleSetLabel</c> and <c>ruleSetEffectiveDate</c> only
/// when the rule files give them), enums as their names, without reflection.
/// </summary>
public static class DecisionJsonWriter
{
    /// <summary>Writes the decision as one JSON object.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteStartObject();
        writer.WriteString("orderId", decision.OrderId);
        writer.WriteString("outcome", decision.Outcome.ToString());
        writer.WriteStartArray("stagesRun");
        foreach (var stage in decision.StagesRun)
        {
            writer.WriteStringValue(stage.ToString());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var finding in decision.Findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
        writer.WriteString("ruleSetVersion", decision.RuleSetVersion);
        writer.WriteString("evaluatedAt", InstantPattern.ExtendedIso.Format(decision.EvaluatedAt));
        if (decision.RuleSetLabel is { } label)
        {
            writer.WriteString("ruleSetLabel", label);
        }

        if (decision.RuleSetEffectiveDate is { } effective)
        {
            writer.WriteString("ruleSetEffectiveDate", LocalDatePattern.Iso.Format(effective));
        }
        writer.WriteEndObject();
    }

    /// <summary>The decision as a single line of JSON.</summary>
    public static string ToJson(ReviewDecision decision) => CompactJson.Write(writer => Write(writer, decision));

    internal static void WriteFinding(Utf8JsonWriter writer, ReviewFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("stage", finding.Stage.ToString());
        writer.WriteString("department", finding.Department.ToString());
        writer.WriteString("severity", finding.Severity.ToString());
        writer.WriteString("outcome", finding.Outcome.ToString());
        writer.WriteString("action", finding.Action.ToString());
        writer.WriteString("message", finding.Message);
        writer.WriteStartObject("values");
        foreach (var (name, value) in finding.Values)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case LocalDate date:
                writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
                break;
            case Instant instant:
                writer.WriteStringValue(InstantPattern.ExtendedIso.Format(instant));
                break;
            case Enum name:
                writer.WriteStringValue(name.ToString());
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
