using System.Text.Json.Nodes;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>A sample document with mutations applied in order, and perhaps its text cut short.</summary>
/// <param name="Sample">Which sample is mutated.</param>
/// <param name="Mutations">The mutations, applied in order.</param>
/// <param name="TruncateAt">When given, the text is cut to this many bytes (modulo its length + 1).</param>
public sealed record MutatedJson(int Sample, IReadOnlyList<JsonMutation> Mutations, int? TruncateAt)
{
    /// <summary>The mutated UTF-8 JSON, and what was done, node by node, for the property's label.</summary>
    public (byte[] Json, string Description) Apply(JsonNode sample)
    {
        var document = new MutableJsonDocument(sample);
        var done = Mutations.Select(document.Apply).ToList();
        var json = document.ToUtf8();
        if (TruncateAt is { } cut)
        {
            var length = cut % (json.Length + 1);
            json = json[..length];
            done.Add($"text cut to {length} of its bytes");
        }

        return (json, string.Join("; ", done));
    }

    public override string ToString() =>
        $"sample {Sample}: {string.Join(", ", Mutations.Select(m => $"{m.Kind}@{m.Target}/{m.Variant}"))}{(TruncateAt is { } cut ? $", cut {cut}" : string.Empty)}";
}
