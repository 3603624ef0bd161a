using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Calendars;

/// <summary>The JSON shape of one make-up working day in the calendar file: <c>{ "date": "2026-10-10", "hours": ["09:00-12:00"] }</c>.</summary>
internal sealed class MakeUpWorkdayDocument
{
    public string? Date { get; set; }

    public List<string?>? Hours { get; set; }

    /// <summary>Properties a make-up day does not have, collected so that every typo is reported.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
