using System.Text.Json.Serialization;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// The JSON shapes of the host's own request bodies: camelCase like the library's request files, and an unknown
/// field is an error, so that a misspelt field is never silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ConfirmBody))]
[JsonSerializable(typeof(ChangeBody))]
[JsonSerializable(typeof(CommunicationBody))]
[JsonSerializable(typeof(TaskCompletionBody))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
