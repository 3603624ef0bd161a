using OrderConfirmation.Json;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>
/// An order's whole lifecycle state as one JSON document, for a store to keep in one column and restore exactly after a
/// restart: the order with its customer, lines and requirements; status, revision and who entered it when; the latest
/// review decision with every finding and its values; holds and releases; clarifications and customer waits; the
/// confirmation record; the promised date, shipments, delivery and progress reports; every applied change; the rejection
/// or cancellation that closed the order; the communication records and customer notifications.
/// </summary>
/// <remarks>
/// <para>
/// The document is compact UTF-8 JSON with camelCase members, every member always written (<c>null</c> when absent), and
/// a top-level <c>"format": 3</c> (see <see cref="CurrentFormat"/>) so that a later version can recognise and migrate it. Writing is deterministic: the
/// same state always gives the same text, so a store may compare documents to tell whether a state changed.
/// Instants are ISO-8601 UTC with up to nine decimals (<c>2026-11-27T02:00:00.5Z</c>), dates <c>yyyy-MM-dd</c>, enums and
/// review stages (custom ones too) by name; decimals are JSON numbers written and read exactly, scale included
/// (<c>1.50</c> stays <c>1.50</c>; a negative zero is stored as zero). Shipped quantities are listed by line number.
/// Text is kept as it is, except that what is not valid UTF-16 (a lone surrogate) is written as U+FFFD.
/// </para>
/// <para>
/// A finding's values keep their order and their .NET type: <c>null</c>, strings and booleans as JSON's own, decimals as
/// JSON numbers, collections as arrays (read back as <c>object?[]</c>), and other numbers, characters, NodaTime values and
/// this library's enums tagged as <c>{"type": "int", "value": 3}</c> (<c>long</c>, <c>double</c>, <c>localDate</c>,
/// <c>instant</c>, <c>duration</c>, <c>period</c>, <c>OrderConfirmation.Orders.PaymentTerms</c>, …). A value of any other
/// type, such as a host's own enum, is stored as its invariant text and read back as that string. Object members may
/// come in any order, so a store may keep the document in PostgreSQL's <c>jsonb</c>.
/// </para>
/// <para>
/// Reading is strict: every member must be present, of its type and valid for the domain (a shipment of a positive
/// quantity, a stage name, …), and no other member may appear. The one exception is <c>closure</c>, added later within
/// format 1: documents stored before it lack it and read as states without a recorded closure. Anything else is a <see cref="StoredStateFormatException"/>
/// naming the member's JSON path; no state is returned half built.
/// </para>
/// </remarks>
public static class OrderStateDocument
{
    /// <summary>
    /// The format this version writes: <c>3</c>, which adds to format 2 the order's communication records
    /// (<c>communications</c>), its customer notifications, open or answered (<c>notifications</c>), the clarifications the
    /// customer replied to (<c>repliedClarifications</c>) and, on each clarification, the communications that carried its
    /// question and reply (<c>communicationId</c>, <c>replyCommunicationId</c>), and the order's department tasks
    /// (<c>tasks</c>: id, department, action, rules, openedAt, due, blocksConfirmation, completion, supersession,
    /// escalation). Documents of formats 1 and 2 are still read, as states without communications, notifications,
    /// replied clarifications or tasks.
    /// Format <c>2</c> added to format 1 the order revision and content digest a review
    /// decision judged (<c>orderRevision</c>, <c>orderDigest</c>), the rescheduled deliveries (<c>reschedules</c>) and the
    /// cancelled remainder of an order cancelled in execution or short-closed (<c>remainderCancellation</c>). Documents
    /// of format 1 are still read: their decisions judged no known revision or content, and nothing was rescheduled or
    /// cancelled in execution.
    /// </summary>
    public const int CurrentFormat = 3;

    /// <summary>The oldest format this version reads: <c>1</c>.</summary>
    public const int OldestFormat = 1;

    /// <summary>The state as a JSON document of the <see cref="CurrentFormat"/>.</summary>
    /// <param name="state">The order's state.</param>
    /// <returns>Compact JSON, the same text for the same state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The state holds what could not be read back: an enum value that is not one of its members, a finding of the
    /// default (unnamed) stage, or a finding's value whose arrays nest more than 32 deep.
    /// </exception>
    public static string Write(OrderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return CompactJson.Write(writer => OrderStateJsonCodec.Write(writer, state));
    }

    /// <summary>Restores a state from a document <see cref="Write"/> made.</summary>
    /// <param name="json">The document.</param>
    /// <returns>A state equal, member by member, to the one written (see the remarks for finding values of other types).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="StoredStateFormatException">
    /// The text is not JSON, its format is missing or not one of <see cref="OldestFormat"/> to <see cref="CurrentFormat"/>, or a member is missing, unknown,
    /// repeated, of the wrong type or not a valid value; the message names the member's JSON path.
    /// </exception>
    public static OrderState Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StoredDocument.Read(json, "an order's stored state", "stored order state", OldestFormat, CurrentFormat, OrderStateJsonCodec.Read);
    }
}
