using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace OrderConfirmation.Audit;

/// <summary>
/// The canonical form of an audit entry, which its hash covers: one compact JSON object with the properties
/// <c>sequence, at, actor, role, orderId, kind, payload, previousHash</c> in that order (the "body"). A JSON Lines file
/// stores the body with <c>,"hash":"…"</c> before its closing brace.
/// </summary>
internal static class AuditEntryFormat
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The bytes a file line adds after the body's content: <c>,"hash":"</c> + 64 hex digits + <c>"}</c>.</summary>
    public const int HashSuffixLength = 9 + 64 + 2;

    /// <summary>Writes strings the same way every time, leaving readable text (names, non-Latin scripts) unescaped.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowDuplicateProperties = false };

    /// <summary>The JSON text of an object in compact canonical form.</summary>
    /// <exception cref="JsonException">The text is not JSON, or not an object, or has a property twice.</exception>
    public static string CompactObject(string json)
    {
        using var document = JsonDocument.Parse(json, ReaderOptions);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected a JSON object, found {Describe(document.RootElement.ValueKind)}.");
        }

        var buffer = new ArrayBufferWriter<byte>(json.Length + 16);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The canonical body of an entry with these fields.</summary>
    /// <exception cref="JsonException"><paramref name="payload"/> is not a single JSON value.</exception>
    public static byte[] Body(long sequence, Instant at, string actor, string? role, string? orderId, string kind, string payload, string previousHash)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + payload.Length);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence", sequence);
            writer.WriteString("at", InstantPattern.ExtendedIso.Format(at));
            writer.WriteString("actor", actor);
            WriteNameOrNull(writer, "role", role);
            WriteNameOrNull(writer, "orderId", orderId);
            writer.WriteString("kind", kind);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(payload);
            writer.WriteString("previousHash", previousHash);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The canonical body of an entry as its fields now stand.</summary>
    /// <exception cref="JsonException">The entry's payload is not a single JSON value.</exception>
    public static byte[] Body(AuditEntry entry) =>
        Body(entry.Sequence, entry.At, entry.Actor, entry.Role, entry.OrderId, entry.Kind, entry.Payload, entry.PreviousHash);

    /// <summary>The entry a record becomes after <paramref name="previous"/>, and its canonical body.</summary>
    public static (AuditEntry Entry, byte[] Body) Seal(AuditRecord record, AuditHead previous)
    {
        var sequence = previous.Sequence + 1;
        var body = Body(sequence, record.At, record.Actor, record.Role, record.OrderId, record.Kind, record.Payload, previous.Hash);
        var entry = new AuditEntry(sequence, record.At, record.Actor, record.Role, record.OrderId, record.Kind, record.Payload, previous.Hash, Hash(body));
        return (entry, body);
    }

    /// <summary>The SHA-256 of a body, as 64 lowercase hex digits.</summary>
    public static string Hash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>A file line: the body with the hash added as its last property, and a line feed.</summary>
    public static byte[] Line(ReadOnlySpan<byte> body, string hash)
    {
        var line = new byte[body.Length + HashSuffixLength];
        body[..^1].CopyTo(line);
        var rest = line.AsSpan(body.Length - 1);
        ",\"hash\":\""u8.CopyTo(rest);
        System.Text.Encoding.ASCII.GetBytes(hash, rest[9..]);
        "\"}\n"u8.CopyTo(rest[73..]);
        return line;
    }

    private static void WriteNameOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
