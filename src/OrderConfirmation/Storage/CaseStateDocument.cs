using OrderConfirmation.Cases;
using OrderConfirmation.Json;

namespace OrderConfirmation.Storage;

/// <summary>
/// A customer case as one JSON document, for a store to keep in one column and restore exactly after a restart: its
/// kind, channel, receipt and reply due, the order it is about, the reporter as given, the subject and description, the
/// assignment, status, investigation notes, rectification actions with how they were done, the answer and the closure.
/// </summary>
/// <remarks>
/// Compact UTF-8 JSON with camelCase members, every member always written (<c>null</c> when absent), and a top-level
/// <c>"format": 1</c> (<see cref="CurrentFormat"/>). Writing is deterministic. Instants are ISO-8601 UTC with up to nine
/// decimals, enums by name. Reading is strict, as for <see cref="OrderStateDocument"/>: every member present, of its type,
/// no other member; anything else is a <see cref="StoredStateFormatException"/> naming the member's JSON path. The
/// document holds a report's reporter text: keep it where only the Auditor's tools can read it.
/// </remarks>
public static class CaseStateDocument
{
    /// <summary>The format this version writes and reads: <c>1</c>.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The case as a JSON document of the <see cref="CurrentFormat"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The state holds an enum value that is not one of its members, so it could not be read back.</exception>
    public static string Write(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return CompactJson.Write(writer => CaseStateJsonCodec.Write(writer, state));
    }

    /// <summary>Restores a case from a document <see cref="Write"/> made.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="StoredStateFormatException">The text is not JSON, not of format 1, or a member is missing, unknown, repeated, of the wrong type or not a valid value.</exception>
    public static CaseState Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StoredDocument.Read(json, "a case's stored state", "stored case", CurrentFormat, CurrentFormat, CaseStateJsonCodec.Read);
    }
}
