using System.Text.Json.Serialization;

namespace OrderConfirmation.Rules.Loading;

/// <summary>Source-generated, strict JSON reading of rule files: unknown fields are errors, not ignored.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(RuleFileDocument))]
internal sealed partial class RuleFileJsonContext : JsonSerializerContext;
