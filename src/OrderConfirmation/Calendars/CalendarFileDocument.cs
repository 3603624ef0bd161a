using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Calendars;

/// <summary>The JSON shape of the working-calendar file (camelCase), as written; checked by <see cref="CalendarDocumentReader"/>.</summary>
internal sealed class CalendarFileDocument
{
    /// <summary>The JSON Schema editors use for completion and inline errors (<c>./calendar.schema.json</c>); not read otherwise.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>Free text for the people who keep the file: what it holds and where its dates come from (the official notices); not read otherwise.</summary>
    public string? Description { get; set; }

    public string? TimeZone { get; set; }

    public Dictionary<string, List<string?>?>? Week { get; set; }

    public List<string?>? Holidays { get; set; }

    public List<MakeUpWorkdayDocument?>? MakeUpWorkdays { get; set; }

    public string? StandardTime { get; set; }

    public bool? PauseWhileAwaitingCustomer { get; set; }

    /// <summary>Per kind of customer case (<c>Query</c>, <c>Complaint</c>, <c>Report</c>), its reply time as an ISO-8601 duration of business time.</summary>
    public Dictionary<string, string?>? CaseReplyTime { get; set; }

    /// <summary>The targets the KPI report sets the figures against (<c>accuracy</c>, <c>timeliness</c>, <c>satisfaction</c>, <c>caseReply</c>).</summary>
    public KpiTargetsDocument? Targets { get; set; }

    /// <summary>Properties the file does not have, collected so that every typo is reported, not only the first.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}
