using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Tests.Kpis;

/// <summary>
/// KPI records written back as lines of a record file (the format documented on <see cref="Formats.KpiRecordReader"/>),
/// in the common form or in valid but unusual ones: JSON nulls for absent fields, escaped strings, instants with an
/// offset, the outcome spelled out, fields in another order, blanks around the object.
/// </summary>
public static class KpiRecordLines
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.ExtendedIso;

    public static string Line(object record, bool unusual) => record switch
    {
        OrderProcessingRecord order => Write(Order(order, unusual), unusual),
        SurveyResponse response => Write(Survey(response, unusual), unusual),
        CustomerCaseRecord customerCase => Write(Case(customerCase, unusual), unusual),
        _ => throw new ArgumentException("Not a KPI record.", nameof(record)),
    };

    private static JsonObject Order(OrderProcessingRecord order, bool unusual)
    {
        var line = new JsonObject
        {
            ["type"] = "order",
            ["orderId"] = order.OrderId,
            ["receivedAt"] = Text(order.ReceivedAt, unusual),
            ["department"] = order.Department,
            ["employee"] = order.Employee,
            ["customerWaits"] = new JsonArray([.. order.CustomerWaits.Select(w => (JsonNode)new JsonObject { ["from"] = Text(w.Start, unusual), ["to"] = Text(w.End, unusual) })]),
            ["assessed"] = order.Assessed,
            ["defects"] = new JsonArray([.. order.Defects.Select(d => (JsonNode)new JsonObject { ["kind"] = d.Kind, ["attributableToConfirmation"] = d.AttributableToConfirmation })]),
        };
        Optional(line, "confirmedAt", order.ConfirmedAt, unusual);
        Optional(line, "closedAt", order.ClosedAt, unusual);
        if (order.Outcome != ProcessingOutcome.Open && (unusual || order.Outcome != ProcessingOutcome.Confirmed))
        {
            line["outcome"] = order.Outcome.ToString();
        }

        return line;
    }

    private static JsonObject Survey(SurveyResponse response, bool unusual) => new()
    {
        ["type"] = "survey",
        ["orderId"] = response.OrderId,
        ["department"] = response.Department,
        ["employee"] = response.Employee,
        ["respondedAt"] = Text(response.RespondedAt, unusual),
        ["communication"] = response.Communication,
        ["efficiency"] = response.Efficiency,
        ["attitude"] = response.Attitude,
    };

    private static JsonObject Case(CustomerCaseRecord customerCase, bool unusual)
    {
        var line = new JsonObject
        {
            ["type"] = "case",
            ["caseId"] = customerCase.CaseId,
            ["kind"] = customerCase.Kind.ToString(),
            ["receivedAt"] = Text(customerCase.ReceivedAt, unusual),
            ["orderId"] = customerCase.OrderId,
            ["department"] = customerCase.Department,
            ["employee"] = customerCase.Employee,
            ["customerWaits"] = new JsonArray([.. customerCase.CustomerWaits.Select(w => (JsonNode)new JsonObject { ["from"] = Text(w.Start, unusual), ["to"] = Text(w.End, unusual) })]),
        };
        Optional(line, "answeredAt", customerCase.AnsweredAt, unusual);
        if (customerCase.Substantiated is { } substantiated)
        {
            line["substantiated"] = substantiated;
        }

        return line;
    }

    private static void Optional(JsonObject line, string field, Instant? instant, bool unusual)
    {
        if (instant is { } value)
        {
            line[field] = Text(value, unusual);
        }
        else if (unusual)
        {
            line[field] = null;
        }
    }

    /// <summary>The common form, or (unusual) the same instant at +08:00.</summary>
    private static string Text(Instant instant, bool unusual) => unusual
        ? WithOffset.Format(instant.WithOffset(Offset.FromHours(8)))
        : InstantPattern.ExtendedIso.Format(instant);

    private static string Write(JsonObject line, bool unusual)
    {
        if (!unusual)
        {
            return line.ToJsonString();
        }

        // Reversed field order, a string escaped where the reader may not expect it, and blanks around the object.
        var reversed = new JsonObject(line.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var text = reversed.ToJsonString().Replace("\"type\":\"", "\"type\" : \"", StringComparison.Ordinal);
        text = text.Replace("\"employee\":\"conf.", "\"employee\":\"conf\\u002e", StringComparison.Ordinal);
        return $"  {text}\t";
    }
}
