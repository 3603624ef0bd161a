using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OrderConfirmation.SampleHost.Tests;

/// <summary>
/// The host's OpenAPI document, and checking a real response against the schema it declares for the operation and
/// status: OpenAPI 3.1 schemas are JSON Schema 2020-12, so the declared schema is evaluated with the document's
/// <c>components.schemas</c> as its <c>$defs</c>.
/// </summary>
internal sealed class OpenApiDocument(JsonElement document)
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public JsonElement Root { get; } = document;

    public static async Task<OpenApiDocument> FetchAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        return new OpenApiDocument(await response.JsonAsync());
    }

    /// <summary>The operations, as (path, method, operation).</summary>
    public IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        Root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)));

    /// <summary>The problems the declared schema finds in the response's body; empty when it conforms.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(string path, string method, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "(none)";
        var declared = Root.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        if (!declared.TryGetProperty(status, out var declaredResponse))
        {
            return [$"{method.ToUpperInvariant()} {path} does not declare {status}"];
        }

        if (!declaredResponse.TryGetProperty("content", out var content) || !content.TryGetProperty(mediaType, out var media))
        {
            return [$"{method.ToUpperInvariant()} {path} {status} declares no {mediaType} content"];
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = JsonNode.Parse(Root.GetProperty("components").GetProperty("schemas").GetRawText()),
        };
        foreach (var (name, value) in JsonNode.Parse(media.GetProperty("schema").GetRawText())!.AsObject())
        {
            schema[name] = value?.DeepClone();
        }

        var text = schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = JsonSchema.FromText(text).Evaluate(body.RootElement, Options);
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Append(results)
                .Where(r => r.Errors is { Count: > 0 })
                .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({e.Key}): {e.Value}"))
                .DefaultIfEmpty("The body does not match the schema.")];
    }
}
