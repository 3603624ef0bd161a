using System.Text.Json;
using OrderConfirmation.Json;
using OrderConfirmation.Kpis;

namespace OrderConfirmation.Formats;

/// <summary>
/// Writes a KPI group as camelCase JSON: <c>group</c>; <c>accuracy</c> {<c>rate</c>, <c>accurate</c>, <c>assessed</c>,
/// <c>notAssessed</c>}; <c>timeliness</c> {<c>rate</c>, <c>onTime</c>, <c>due</c>, <c>notYetDue</c>};
/// <c>satisfaction</c> {<c>responses</c>, <c>communication</c>, <c>efficiency</c>, <c>attitude</c>, <c>overall</c>,
/// <c>csat</c>}; <c>cases</c> {<c>received</c>, <c>answeredOnTime</c>, <c>due</c>, <c>notYetDue</c>, <c>rate</c>,
/// <c>complaints</c>, <c>substantiatedComplaints</c>, <c>complaintsPer100Orders</c>}. Rates are exact fractions in
/// [0, 1]; a rate or mean over nothing is <c>null</c>, and so is <c>complaintsPer100Orders</c> without confirmed orders.
/// </summary>
public static class KpiJsonWriter
{
    /// <summary>Writes the group as one JSON object.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, KpiGroup group)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(group);
        var tally = group.Tally;
        writer.WriteStartObject();
        writer.WriteString("group", group.Name);
        writer.WriteStartObject("accuracy");
        writer.WriteNumberOrNull("rate", tally.AccuracyRate);
        writer.WriteNumber("accurate", tally.Accurate);
        writer.WriteNumber("assessed", tally.Assessed);
        writer.WriteNumber("notAssessed", tally.NotAssessed);
        writer.WriteEndObject();
        writer.WriteStartObject("timeliness");
        writer.WriteNumberOrNull("rate", tally.TimelinessRate);
        writer.WriteNumber("onTime", tally.OnTime);
        writer.WriteNumber("due", tally.Due);
        writer.WriteNumber("notYetDue", tally.NotYetDue);
        writer.WriteEndObject();
        writer.WriteStartObject("satisfaction");
        writer.WriteNumber("responses", tally.Responses);
        writer.WriteNumberOrNull("communication", tally.Communication);
        writer.WriteNumberOrNull("efficiency", tally.Efficiency);
        writer.WriteNumberOrNull("attitude", tally.Attitude);
        writer.WriteNumberOrNull("overall", tally.Overall);
        writer.WriteNumberOrNull("csat", tally.Csat);
        writer.WriteEndObject();
        var cases = tally.Cases;
        writer.WriteStartObject("cases");
        writer.WriteNumber("received", cases.Received);
        writer.WriteNumber("answeredOnTime", cases.AnsweredOnTime);
        writer.WriteNumber("due", cases.Due);
        writer.WriteNumber("notYetDue", cases.NotYetDue);
        writer.WriteNumberOrNull("rate", cases.Rate);
        writer.WriteNumber("complaints", cases.Complaints);
        writer.WriteNumber("substantiatedComplaints", cases.SubstantiatedComplaints);
        writer.WriteNumberOrNull("complaintsPer100Orders", tally.ComplaintsPer100Orders);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The group as a single line of JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    public static string ToJson(KpiGroup group) => CompactJson.Write(writer => Write(writer, group));
}
