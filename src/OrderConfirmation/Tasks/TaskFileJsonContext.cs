using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Tasks;

/// <summary>
/// Source-generated JSON reading of the department-task file: camelCase, case-sensitive, comments and trailing commas
/// allowed; unknown and repeated properties are collected and reported by <see cref="TaskFile"/> with their positions.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = true,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(TaskFileDocument))]
internal sealed partial class TaskFileJsonContext : JsonSerializerContext;
