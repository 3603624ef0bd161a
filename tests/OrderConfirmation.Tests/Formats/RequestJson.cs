using System.Text;
using System.Text.Json.Nodes;

namespace OrderConfirmation.Tests.Formats;

/// <summary>Review-request JSON for tests: the example (samples/requests/01), changed one field at a time.</summary>
public static class RequestJson
{
    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples", "requests");

    public static string ExamplePath => Path.Combine(SamplesDirectory, "01-ready-to-confirm.json");

    public static JsonObject Example() => JsonNode.Parse(File.ReadAllText(ExamplePath))!.AsObject();

    public static JsonObject Example(Action<JsonObject> change)
    {
        var request = Example();
        change(request);
        return request;
    }

    public static JsonObject Order(this JsonObject request) => request["order"]!.AsObject();

    public static JsonObject Facts(this JsonObject request) => request["facts"]!.AsObject();

    public static JsonObject Line(this JsonObject request, int index) => request.Order()["lines"]![index]!.AsObject();

    public static byte[] Bytes(JsonNode request) => Encoding.UTF8.GetBytes(request.ToJsonString());

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
