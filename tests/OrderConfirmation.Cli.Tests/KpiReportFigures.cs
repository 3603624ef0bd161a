using System.Globalization;
using System.Text.Json;

namespace OrderConfirmation.Cli.Tests;

/// <summary>
/// The oracle of the KPI report's figures: for each column of its tables, the text the contract asks for, taken
/// from a <c>kpi --json</c> group (rates as percentages with one decimal like the text output, means with two, counts as
/// they are, "n/a" for a null), and the status against a target with the report's documented amber band.
/// </summary>
internal static class KpiReportFigures
{
    /// <summary>Per figure (the table's second header), each column's expected text.</summary>
    public static readonly Dictionary<string, Dictionary<string, Func<JsonElement, string>>> Columns = new(StringComparer.Ordinal)
    {
        ["Accuracy"] = new(StringComparer.Ordinal)
        {
            ["Accuracy"] = g => Percent(g, "accuracy", "rate"),
            ["Accurate"] = g => Count(g, "accuracy", "accurate"),
            ["Assessed"] = g => Count(g, "accuracy", "assessed"),
            ["Not assessed"] = g => Count(g, "accuracy", "notAssessed"),
        },
        ["Timely"] = new(StringComparer.Ordinal)
        {
            ["Timely"] = g => Percent(g, "timeliness", "rate"),
            ["On time"] = g => Count(g, "timeliness", "onTime"),
            ["Due"] = g => Count(g, "timeliness", "due"),
            ["Not yet due"] = g => Count(g, "timeliness", "notYetDue"),
        },
        ["Overall score"] = new(StringComparer.Ordinal)
        {
            ["Overall score"] = g => Mean(g, "satisfaction", "overall"),
            ["Responses"] = g => Count(g, "satisfaction", "responses"),
            ["Communication"] = g => Mean(g, "satisfaction", "communication"),
            ["Efficiency"] = g => Mean(g, "satisfaction", "efficiency"),
            ["Attitude"] = g => Mean(g, "satisfaction", "attitude"),
            ["CSAT"] = g => Percent(g, "satisfaction", "csat"),
        },
        ["Timely replies"] = new(StringComparer.Ordinal)
        {
            ["Timely replies"] = g => Percent(g, "cases", "rate"),
            ["Answered on time"] = g => Count(g, "cases", "answeredOnTime"),
            ["Due"] = g => Count(g, "cases", "due"),
            ["Not yet due"] = g => Count(g, "cases", "notYetDue"),
            ["Received"] = g => Count(g, "cases", "received"),
        },
    };

    /// <summary>The JSON field of each figure, by the table's second header, and its target in <see cref="KpiReportRun.Targets"/>.</summary>
    public static readonly Dictionary<string, (string Object, string Field, decimal Target, decimal Band)> Figures = new(StringComparer.Ordinal)
    {
        ["Accuracy"] = ("accuracy", "rate", KpiReportRun.Targets.Accuracy, 0.02m),
        ["Timely"] = ("timeliness", "rate", KpiReportRun.Targets.Timeliness, 0.02m),
        ["Overall score"] = ("satisfaction", "overall", KpiReportRun.Targets.Satisfaction, 0.2m),
        ["Timely replies"] = ("cases", "rate", KpiReportRun.Targets.CaseReply, 0.02m),
    };

    public static decimal? Value(JsonElement group, string obj, string field) =>
        group.GetProperty(obj).GetProperty(field) is { ValueKind: JsonValueKind.Number } value ? value.GetDecimal() : null;

    /// <summary>The status in words: meets the target, near it (below by no more than the band), below it; "no data" without a figure.</summary>
    public static string Status(decimal? value, decimal? target, decimal band) =>
        (value, target) switch
        {
            (null, _) => "no data",
            (_, null) => "no target",
            ({ } v, { } t) when v >= t => "meets target",
            ({ } v, { } t) when v >= t - band => "near target",
            _ => "below target",
        };

    public static string Percent(JsonElement group, string obj, string field) =>
        Value(group, obj, field) is { } rate ? (rate * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Mean(JsonElement group, string obj, string field) =>
        Value(group, obj, field) is { } mean ? mean.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    public static string Count(JsonElement group, string obj, string field) =>
        group.GetProperty(obj).GetProperty(field).GetInt64().ToString(CultureInfo.InvariantCulture);

    /// <summary>A figure's text back as a number for ordering: a percentage or a mean; <see langword="null"/> for "n/a".</summary>
    public static decimal? Parse(string text) =>
        text == "n/a" ? null : decimal.Parse(text.Replace(" %", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
