using System.Text.Json.Serialization;

namespace OrderConfirmation.Testing.RuleTesting;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ExpectationDocument
{
    public string? Outcome { get; set; }

    public bool? Eligible { get; set; }

    public bool? Feasible { get; set; }

    public List<MatcherDocument?>? Findings { get; set; }

    public List<MatcherDocument?>? Absent { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class MatcherDocument
{
    public string? Rule { get; set; }

    public string? Department { get; set; }

    public string? Action { get; set; }

    public string? Severity { get; set; }

    public int? LineNo { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false, MaxDepth = 16)]
[JsonSerializable(typeof(ExpectationDocument))]
internal sealed partial class RuleTestJsonContext : JsonSerializerContext;
