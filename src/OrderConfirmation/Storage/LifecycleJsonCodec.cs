using System.Text.Json;
using NodaTime;
using OrderConfirmation.Changes;
using OrderConfirmation.Findings;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>The records of an order's life as a stored state holds them: holds and releases, clarifications, waits, the confirmation and the applied changes.</summary>
internal static class LifecycleJsonCodec
{
    public static void WriteAction(Utf8JsonWriter writer, ActionRecord action)
    {
        writer.WriteStartObject();
        writer.WriteString("by", action.By);
        writer.WriteEnum("role", action.Role);
        writer.WriteInstant("at", action.At);
        writer.WriteString("note", action.Note);
        writer.WriteEndObject();
    }

    public static ActionRecord ReadAction(StoredElement element)
    {
        var action = element.Object("by", "role", "at", "note");
        return new ActionRecord(action["by"].String(), action["role"].Enum<Role>(), action["at"].Instant(), action["note"].StringOrNull());
    }

    public static void WriteClarification(Utf8JsonWriter writer, Clarification clarification)
    {
        writer.WriteStartObject();
        writer.WriteString("question", clarification.Question);
        writer.WriteString("askedBy", clarification.AskedBy);
        writer.WriteInstant("askedAt", clarification.AskedAt);
        writer.WriteInstant("deadline", clarification.Deadline);
        writer.WriteString("communicationId", clarification.CommunicationId);
        writer.WriteString("replyCommunicationId", clarification.ReplyCommunicationId);
        writer.WriteEndObject();
    }

    /// <summary>Reads a clarification; before format 3 it names no communications.</summary>
    public static Clarification ReadClarification(StoredElement element)
    {
        if (element.Format < CommunicationJsonCodec.Format)
        {
            var old = element.Object("question", "askedBy", "askedAt", "deadline");
            return new Clarification(old["question"].String(), old["askedBy"].String(), old["askedAt"].Instant(), old["deadline"].Instant());
        }

        var clarification = element.Object("question", "askedBy", "askedAt", "deadline", "communicationId", "replyCommunicationId");
        return new Clarification(clarification["question"].String(), clarification["askedBy"].String(), clarification["askedAt"].Instant(), clarification["deadline"].Instant())
        {
            CommunicationId = clarification["communicationId"].StringOrNull(),
            ReplyCommunicationId = clarification["replyCommunicationId"].StringOrNull(),
        };
    }

    /// <summary>Writes a wait; an end left open (which the lifecycle never records) is <c>null</c>.</summary>
    public static void WriteInterval(Utf8JsonWriter writer, Interval interval)
    {
        writer.WriteStartObject();
        writer.WriteInstant("start", interval.HasStart ? interval.Start : null);
        writer.WriteInstant("end", interval.HasEnd ? interval.End : null);
        writer.WriteEndObject();
    }

    public static Interval ReadInterval(StoredElement element)
    {
        var interval = element.Object("start", "end");
        var start = interval["start"].OrNone(e => e.Instant());
        var end = interval["end"].OrNone(e => e.Instant());
        return element.Build(() => new Interval(start, end));
    }

    public static void WriteConfirmation(Utf8JsonWriter writer, ConfirmationRecord confirmation)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", confirmation.OrderId);
        writer.WriteNumber("revision", confirmation.Revision);
        writer.WriteString("confirmedBy", confirmation.ConfirmedBy);
        writer.WriteEnum("role", confirmation.Role);
        writer.WriteInstant("confirmedAt", confirmation.ConfirmedAt);
        writer.WriteString("ruleSetVersion", confirmation.RuleSetVersion);
        writer.WritePropertyName("decision");
        DecisionJsonCodec.Write(writer, confirmation.Decision);
        writer.WriteObjectOrNull("holdReleasedBy", confirmation.HoldReleasedBy, WriteAction);
        writer.WriteDate("promisedDeliveryDate", confirmation.PromisedDeliveryDate);
        writer.WriteEndObject();
    }

    public static ConfirmationRecord ReadConfirmation(StoredElement element)
    {
        var confirmation = element.Object("orderId", "revision", "confirmedBy", "role", "confirmedAt", "ruleSetVersion", "decision", "holdReleasedBy", "promisedDeliveryDate");
        return new ConfirmationRecord(
            confirmation["orderId"].String(),
            confirmation["revision"].Int32(),
            confirmation["confirmedBy"].String(),
            confirmation["role"].Enum<Role>(),
            confirmation["confirmedAt"].Instant(),
            confirmation["ruleSetVersion"].String(),
            DecisionJsonCodec.Read(confirmation["decision"]),
            confirmation["holdReleasedBy"].OrNull(ReadAction),
            confirmation["promisedDeliveryDate"].Date());
    }

    public static void WriteRevision(Utf8JsonWriter writer, OrderRevision revision)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", revision.Number);
        writer.WritePropertyName("order");
        OrderJsonCodec.Write(writer, revision.Order);
        writer.WritePropertyName("request");
        OrderJsonCodec.WriteChange(writer, revision.Request);
        writer.WritePropertyName("decision");
        DecisionJsonCodec.Write(writer, revision.Decision);
        writer.WriteArray("requiredApprovals", revision.RequiredApprovals, static (w, department) => w.WriteStringValue(StoredJsonWriting.EnumName(department, "requiredApprovals")));
        writer.WriteEndObject();
    }

    public static OrderRevision ReadRevision(StoredElement element)
    {
        var revision = element.Object("number", "order", "request", "decision", "requiredApprovals");
        return new OrderRevision(
            revision["number"].Int32(),
            OrderJsonCodec.Read(revision["order"]),
            OrderJsonCodec.ReadChange(revision["request"]),
            DecisionJsonCodec.Read(revision["decision"]),
            revision["requiredApprovals"].Array(e => e.Enum<Department>()));
    }
}
