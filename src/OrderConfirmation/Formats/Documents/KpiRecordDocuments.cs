using System.Text.Json.Serialization;

namespace OrderConfirmation.Formats.Documents;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class KpiRecordDocument
{
    public string? Type { get; set; }

    public string? OrderId { get; set; }

    public string? ReceivedAt { get; set; }

    public string? ConfirmedAt { get; set; }

    public string? Outcome { get; set; }

    public string? ClosedAt { get; set; }

    public string? Department { get; set; }

    public string? Employee { get; set; }

    public List<WaitDocument?>? CustomerWaits { get; set; }

    public bool? Assessed { get; set; }

    public List<DefectDocument?>? Defects { get; set; }

    public string? RespondedAt { get; set; }

    public int? Communication { get; set; }

    public int? Efficiency { get; set; }

    public int? Attitude { get; set; }

    public string? CaseId { get; set; }

    public string? Kind { get; set; }

    public string? AnsweredAt { get; set; }

    public bool? Substantiated { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class WaitDocument
{
    public string? From { get; set; }

    public string? To { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class DefectDocument
{
    public string? Kind { get; set; }

    public bool? AttributableToConfirmation { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    MaxDepth = 16)]
[JsonSerializable(typeof(KpiRecordDocument))]
internal sealed partial class KpiRecordJsonContext : JsonSerializerContext;
