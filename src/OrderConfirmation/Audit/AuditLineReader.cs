using System.Text.Json;
using NodaTime.Text;

namespace OrderConfirmation.Audit;

/// <summary>
/// Reads one line of a JSON Lines audit file back into an entry. The hash is checked over the line's raw bytes, so any
/// change to any byte is detected, and the line must be exactly what the log would write for the fields it holds.
/// </summary>
internal static class AuditLineReader
{
    /// <summary>A payload may nest 64 levels (the JSON default a record accepts); the entry around it adds one.</summary>
    private static readonly JsonDocumentOptions ReaderOptions = new() { AllowDuplicateProperties = false, MaxDepth = 66 };

    /// <summary>The entry on a line (without its line feed), or the problem with it.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="expectedSequence">The sequence number the entry in this place should have, to name it in the problem.</param>
    public static (AuditEntry? Entry, AuditProblemKind Kind, string? Problem) Read(ReadOnlySpan<byte> line, long expectedSequence)
    {
        var name = $"entry {expectedSequence}";
        if (!TrySplit(line, out var body, out var statedHash))
        {
            return (null, AuditProblemKind.Unreadable, $"{name}: the line does not end with the entry's hash; the log was altered or damaged.");
        }

        if (!string.Equals(AuditEntryFormat.Hash(body), statedHash, StringComparison.Ordinal))
        {
            return (null, AuditProblemKind.Altered, $"{name}: hash does not match its content; the log was altered.");
        }

        AuditEntry entry;
        try
        {
            entry = Parse(body, statedHash);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return (null, AuditProblemKind.Unreadable, $"{name}: the line is not an audit entry ({error.Message}); the log was altered or damaged.");
        }

        if (!AuditEntryFormat.Body(entry).AsSpan().SequenceEqual(body))
        {
            return (null, AuditProblemKind.Altered, $"{name}: the line is not in the form the log writes (its fields were re-encoded); the log was altered.");
        }

        return (entry, default, null);
    }

    /// <summary>Splits a line into the body (with its closing brace restored) and the hash stated after it.</summary>
    private static bool TrySplit(ReadOnlySpan<byte> line, out byte[] body, out string statedHash)
    {
        body = [];
        // Stryker disable once String : the stated hash is read only when the split succeeds, which sets it again
        statedHash = string.Empty;
        if (line.Length < AuditEntryFormat.HashSuffixLength + 2 || !line.EndsWith("\"}"u8))
        {
            return false;
        }

        var suffix = line[^AuditEntryFormat.HashSuffixLength..];
        var hex = suffix[9..^2];
        if (!suffix.StartsWith(",\"hash\":\""u8) || !IsLowercaseHex(hex))
        {
            return false;
        }

        statedHash = System.Text.Encoding.ASCII.GetString(hex);
        body = new byte[line.Length - AuditEntryFormat.HashSuffixLength + 1];
        line[..^AuditEntryFormat.HashSuffixLength].CopyTo(body);
        body[^1] = (byte)'}';
        return true;
    }

    private static bool IsLowercaseHex(ReadOnlySpan<byte> hex)
    {
        foreach (var b in hex)
        {
            if (b is not (>= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <exception cref="JsonException">The body is not an entry.</exception>
    private static AuditEntry Parse(byte[] body, string hash)
    {
        using var document = JsonDocument.Parse(body, ReaderOptions);
        var root = document.RootElement;
        // Stryker disable once Block,Statement,String : unreachable: a body always ends with '}', so JSON that parses is an object
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("not a JSON object");
        }

        var sequence = Property(root, "sequence", JsonValueKind.Number).TryGetInt64(out var s) ? s : throw new JsonException("sequence is not a whole number");
        var at = InstantPattern.ExtendedIso.Parse(Text(root, "at"));
        var role = NameOrNull(root, "role");
        return new AuditEntry(
            sequence,
            at.Success ? at.Value : throw new JsonException("at is not an ISO instant"),
            Text(root, "actor"),
            role is null || AuditName.IsValid(role) ? role : throw new JsonException("role is not a name"),
            NameOrNull(root, "orderId"),
            Text(root, "kind") is var kind && AuditName.IsValid(kind) ? kind : throw new JsonException("kind is not a name"),
            Property(root, "payload", JsonValueKind.Object).GetRawText(),
            Text(root, "previousHash"),
            hash);
    }

    private static JsonElement Property(JsonElement root, string name, JsonValueKind kind) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == kind ? value : throw new JsonException($"{name} is missing or of the wrong type");

    private static string Text(JsonElement root, string name) => Property(root, name, JsonValueKind.String).GetString()!;

    private static string? NameOrNull(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null ? null : Text(root, name);
}
