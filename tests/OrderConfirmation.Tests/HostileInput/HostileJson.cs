using System.Text;
using System.Text.Json.Nodes;
using OrderConfirmation.Formats;
using OrderConfirmation.Review;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>Valid sample requests changed one way, and the readers' verdict on them, for the hostile-input examples.</summary>
public static class HostileJson
{
    public const string Source = "hostile.json";

    /// <summary>samples/requests/01-ready-to-confirm.json, changed.</summary>
    public static byte[] Review(Action<JsonObject> change) => Changed(HostileSamples.ReviewRequests[0].Json, change);

    /// <summary>samples/changes/01-feasible-more-hosts-later-date.json, changed.</summary>
    public static byte[] Change(Action<JsonObject> change) => Changed(HostileSamples.ChangeRequests[0].Json, change);

    /// <summary>The sample as text with <paramref name="placeholder"/> (a JSON string) replaced by raw JSON text.</summary>
    public static byte[] Review(Action<JsonObject> change, string placeholder, string rawJson) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Review(change)).Replace($"\"{placeholder}\"", rawJson, StringComparison.Ordinal));

    /// <summary>The review sample with one field, given as a path such as <c>order.lines[0].quantity</c>, set to raw JSON text.</summary>
    public static byte[] ReviewWith(string field, string rawJson) =>
        Review(r => Set(r, field, "RAW-JSON"), "RAW-JSON", rawJson);

    /// <summary>Sets a field given as a path such as <c>order.lines[0].requirements[0]</c> or <c>facts.supply.SKU.available</c>.</summary>
    public static void Set(JsonObject request, string field, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var steps = field.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode parent = request;
        foreach (var step in steps[..^1])
        {
            parent = (Index(step) is { } i ? parent[i] : parent[step])!;
        }

        if (Index(steps[^1]) is { } last)
        {
            parent.AsArray()[last] = value;
        }
        else
        {
            parent.AsObject()[steps[^1]] = value;
        }
    }

    public static RequestFormatException ReviewFails(byte[] json, RequestLimits? limits = null) =>
        Assert.Throws<RequestFormatException>(() => ReviewRequestReader.Read(json, Source, limits ?? RequestLimits.Default));

    public static RequestFormatException ChangeFails(byte[] json, RequestLimits? limits = null) =>
        Assert.Throws<RequestFormatException>(() => ChangeRequestReader.Read(json, Source, limits ?? RequestLimits.Default));

    public static ReviewFacts ReadReview(byte[] json, RequestLimits? limits = null) =>
        ReviewRequestReader.Read(json, Source, limits ?? RequestLimits.Default);

    public static JsonObject Order(this JsonObject request) => request["order"]!.AsObject();

    public static JsonObject Facts(this JsonObject request) => request["facts"]!.AsObject();

    public static JsonObject Changes(this JsonObject request) => request["change"]!.AsObject();

    public static JsonObject Line(this JsonObject request, int index) => request.Order()["lines"]![index]!.AsObject();

    private static int? Index(string step) =>
        step.StartsWith('[') ? int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static byte[] Changed(JsonNode sample, Action<JsonObject> change)
    {
        var request = sample.DeepClone().AsObject();
        change(request);
        return Encoding.UTF8.GetBytes(request.ToJsonString());
    }
}
