using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderConfirmation.Calendars;

/// <summary>
/// Source-generated JSON reading of the working-calendar file: camelCase, case-sensitive, comments and trailing
/// commas allowed. Unknown and repeated properties are not errors here but are collected (extension data) and
/// found (<see cref="Json.JsonPositionIndex.DuplicateProperties"/>) so that <see cref="CalendarFile"/> reports
/// every one of them at once, with its position, instead of stopping at the first.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = true,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(CalendarFileDocument))]
internal sealed partial class CalendarFileJsonContext : JsonSerializerContext;
