using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Calendars;

/// <summary>The JSON shape of the calendar file's <c>targets</c> object, as written; checked by <see cref="KpiTargetsReader"/>.</summary>
internal sealed class KpiTargetsDocument
{
    public decimal? Accuracy { get; set; }

    public decimal? Timeliness { get; set; }

    public decimal? Satisfaction { get; set; }

    public decimal? CaseReply { get; set; }

    /// <summary>Properties the object does not have, collected so that every typo is reported.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
