using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderConfirmation.Tests.HostileInput;

/// <summary>
/// A copy of a JSON document that <see cref="JsonMutation"/>s change node by node, written back as UTF-8. It can
/// hold what a <see cref="JsonNode"/> tree cannot: a property written twice, or no document at all.
/// </summary>
public sealed class MutableJsonDocument
{
    private static readonly string[] Strings =
    [
        "", " ", "x", "null", "0", "-1", "1e400", "true", "2026-02-30", "2026-11-20T01:15:00Z", "9999-12-31T23:59:59Z",
        "-9998-01-01T00:00:00Z", "Confirmed", "Completed", "Prepaid", "Net30", "CNY", "Asia/Shanghai", "Not/AZone", "IPV6",
        "\u0000", "𝄞 控制 ﬀ \u200b", "\"quoted\"", "{\"order\":{}}", "<script>", new string('x', 5_000), new string('长', 10_001),
    ];

    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "0.5", "-0.0001", "1.5", "3", "2147483647", "2147483648", "-2147483649", "9007199254740993", "1e28",
        "79228162514264337593543950335", "1e-400", "123456789012345678901234567890.123456789", "0.0000000000000000000000000001",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "1E+309", "79228162514264337593543950336", "-79228162514264337593543950336", "1e29", "2147483648",
        "99999999999999999999999999999999999999", "1" + new string('0', 1_000),
    ];

    private static readonly string[] Objects = ["{}", "{\"unknown\":1}", "{\"lineNo\":1}", "{\"quantity\":-5,\"remove\":true}", "{\"a\":{\"b\":{\"c\":[]}}}"];

    private static readonly string[] Arrays = ["[]", "[null]", "[1,\"a\",true,{}]", "[{}]", "[{},{},{}]", "[[]]", "[\"IPV6\",\"IPV6\"]"];

    private static readonly int[] LongStringLengths = [10_000, 10_001, 65_536, 1_000_000];

    private static readonly int[] NestingDepths = [1, 2, 3, 10, 63, 64, 65, 200];

    private static readonly int[] Copies = [1, 1, 2, 5, 100];

    private readonly Dictionary<(JsonObject Owner, string Name), JsonNode?> _writtenTwice = [];
    private JsonNode? _root;
    private bool _deleted;

    public MutableJsonDocument(JsonNode sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        _root = sample.DeepClone();
    }

    /// <summary>Applies the mutation; returns what it did, for the label.</summary>
    public string Apply(JsonMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        if (_deleted)
        {
            return $"{mutation.Kind}: nothing left to mutate";
        }

        var slots = Slots();
        var slot = slots[mutation.Target % slots.Count];
        var value = Get(slot);
        var variant = mutation.Variant;
        switch (mutation.Kind)
        {
            case JsonMutationKind.Delete:
                Delete(slot);
                return $"{slot.Path}: deleted";
            case JsonMutationKind.ReplaceWithString:
                return Replace(slot, JsonValue.Create(Pick(Strings, variant)));
            case JsonMutationKind.ReplaceWithNumber:
                return Replace(slot, Raw(Pick(Numbers, variant)));
            case JsonMutationKind.ReplaceWithBoolean:
                return Replace(slot, JsonValue.Create(variant % 2 == 0));
            case JsonMutationKind.ReplaceWithNull:
                return Replace(slot, null);
            case JsonMutationKind.ReplaceWithObject:
                return Replace(slot, Raw(Pick(Objects, variant)));
            case JsonMutationKind.ReplaceWithArray:
                return Replace(slot, Raw(Pick(Arrays, variant)));
            case JsonMutationKind.HugeNumber:
                return Replace(slot, Raw(Pick(HugeNumbers, variant)));
            case JsonMutationKind.EmptyString:
                return Replace(slot, JsonValue.Create(string.Empty));
            case JsonMutationKind.LongString:
                return Replace(slot, JsonValue.Create(new string((char)('a' + (variant % 26)), Pick(LongStringLengths, variant))));
            case JsonMutationKind.Nest:
                var depth = Pick(NestingDepths, variant);
                var nested = value?.DeepClone();
                for (var i = 0; i < depth; i++)
                {
                    nested = variant % 2 == 0 ? new JsonArray(nested) : new JsonObject { ["nested"] = nested };
                }

                Set(slot, nested);
                return $"{slot.Path}: nested {depth} levels deep in {(variant % 2 == 0 ? "arrays" : "objects")}";
            case JsonMutationKind.DuplicateElement:
                return DuplicateElement(slot, value, Pick(Copies, variant));
            case JsonMutationKind.DuplicateProperty:
                return DuplicateProperty(slot, value, variant);
            case JsonMutationKind.AddUnknownProperty:
                var owner = value as JsonObject ?? slot.Parent as JsonObject;
                if (owner is null)
                {
                    return Replace(slot, new JsonObject { ["unknownField"] = value?.DeepClone() });
                }

                owner[$"unknownField{variant}"] = Raw(Pick(Objects, variant));
                return $"{(ReferenceEquals(owner, value) ? slot.Path : Parent(slot.Path))}: unknown property added";
            case JsonMutationKind.RenameProperty:
                if (slot is not { Parent: JsonObject renamed, Name: { } name })
                {
                    return Replace(slot, JsonValue.Create(Pick(Strings, variant)));
                }

                var newName = (variant % 3) switch { 0 => name.ToUpperInvariant(), 1 => char.ToUpperInvariant(name[0]) + name[1..], _ => name + "s" };
                renamed.Remove(name);
                renamed[newName] = value?.DeepClone();
                return $"{slot.Path}: renamed to '{newName}'";
            default:
                throw new ArgumentOutOfRangeException(nameof(mutation), mutation.Kind, "Unknown mutation.");
        }
    }

    /// <summary>The document as UTF-8 JSON; empty when the root was deleted.</summary>
    public byte[] ToUtf8()
    {
        if (_deleted)
        {
            return [];
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = 2_000, SkipValidation = true }))
        {
            Write(writer, _root);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject properties:
                writer.WriteStartObject();
                foreach (var (name, value) in properties)
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                    if (_writtenTwice.TryGetValue((properties, name), out var second))
                    {
                        writer.WritePropertyName(name);
                        Write(writer, second);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonArray elements:
                writer.WriteStartArray();
                foreach (var element in elements)
                {
                    Write(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }

    private string DuplicateElement(Slot slot, JsonNode? value, int copies)
    {
        if (slot is { Parent: JsonArray array })
        {
            for (var i = 0; i < copies; i++)
            {
                array.Insert(slot.Index + 1, value?.DeepClone());
            }

            return $"{slot.Path}: {copies} copies inserted after it";
        }

        if (value is JsonArray { Count: > 0 } elements)
        {
            for (var i = 0; i < copies; i++)
            {
                elements.Add(elements[0]?.DeepClone());
            }

            return $"{slot.Path}[0]: {copies} copies added at the end";
        }

        return DuplicateProperty(slot, value, copies);
    }

    private string DuplicateProperty(Slot slot, JsonNode? value, int variant)
    {
        if (slot is not { Parent: JsonObject owner, Name: { } name })
        {
            return Replace(slot, new JsonArray(value?.DeepClone(), value?.DeepClone()));
        }

        var second = variant % 2 == 0 ? value?.DeepClone() : Raw(Pick(Numbers, variant));
        _writtenTwice[(owner, name)] = second;
        return $"{slot.Path}: written twice, the second time as {Describe(second)}";
    }

    private string Replace(Slot slot, JsonNode? value)
    {
        Set(slot, value);
        return $"{slot.Path}: replaced with {Describe(value)}";
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? $"{text[..40]}… ({text.Length:N0} characters)" : text;
    }

    private static JsonNode? Raw(string json) => JsonNode.Parse(json);

    private static T Pick<T>(T[] choices, int variant) => choices[variant % choices.Length];

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 0 ? path[..cut] : "$";
    }

    private JsonNode? Get(Slot slot) => slot.Parent switch
    {
        null => _root,
        JsonObject owner => owner[slot.Name!],
        _ => slot.Parent.AsArray()[slot.Index],
    };

    private void Set(Slot slot, JsonNode? value)
    {
        switch (slot.Parent)
        {
            case null:
                _root = value;
                break;
            case JsonObject owner:
                owner[slot.Name!] = value;
                break;
            default:
                slot.Parent.AsArray()[slot.Index] = value;
                break;
        }
    }

    private void Delete(Slot slot)
    {
        switch (slot.Parent)
        {
            case null:
                _deleted = true;
                break;
            case JsonObject owner:
                owner.Remove(slot.Name!);
                break;
            default:
                slot.Parent.AsArray().RemoveAt(slot.Index);
                break;
        }
    }

    /// <summary>Every node, root first, depth first; iterative, so deep nesting costs no stack.</summary>
    private List<Slot> Slots()
    {
        var slots = new List<Slot>();
        var pending = new Stack<Slot>();
        pending.Push(new Slot(null, null, -1, "$"));
        while (pending.TryPop(out var slot))
        {
            slots.Add(slot);
            switch (Get(slot))
            {
                case JsonObject owner:
                    foreach (var (name, _) in owner.Reverse())
                    {
                        pending.Push(new Slot(owner, name, -1, $"{slot.Path}.{name}"));
                    }

                    break;
                case JsonArray array:
                    for (var i = array.Count - 1; i >= 0; i--)
                    {
                        pending.Push(new Slot(array, null, i, $"{slot.Path}[{i}]"));
                    }

                    break;
            }
        }

        return slots;
    }

    private sealed record Slot(JsonNode? Parent, string? Name, int Index, string Path);
}
