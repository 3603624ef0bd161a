using System.Text.Json;
using OrderConfirmation.Lifecycle.State;

namespace OrderConfirmation.Storage;

/// <summary>The communication records and customer notifications as a stored state of format 3 holds them.</summary>
internal static class CommunicationJsonCodec
{
    /// <summary>The first format that holds communications, customer notifications and replied clarifications.</summary>
    public const int Format = 3;

    public static void WriteCommunication(Utf8JsonWriter writer, Communication communication)
    {
        writer.WriteStartObject();
        writer.WriteString("id", communication.Id);
        writer.WriteEnum("channel", communication.Channel);
        writer.WriteEnum("direction", communication.Direction);
        writer.WriteString("counterpart", communication.Counterpart);
        writer.WriteString("summary", communication.Summary);
        writer.WriteInstant("occurredAt", communication.OccurredAt);
        writer.WriteString("recordedBy", communication.RecordedBy);
        writer.WriteInstant("recordedAt", communication.RecordedAt);
        writer.WriteStrings("answers", communication.Answers);
        writer.WriteEndObject();
    }

    public static Communication ReadCommunication(StoredElement element)
    {
        var communication = element.Object("id", "channel", "direction", "counterpart", "summary", "occurredAt", "recordedBy", "recordedAt", "answers");
        return new Communication(
            communication["id"].String(),
            communication["channel"].Enum<CommunicationChannel>(),
            communication["direction"].Enum<CommunicationDirection>(),
            communication["counterpart"].String(),
            communication["summary"].String(),
            communication["occurredAt"].Instant(),
            communication["recordedBy"].String(),
            communication["recordedAt"].Instant(),
            communication["answers"].Array(e => e.String()));
    }

    public static void WriteNotification(Utf8JsonWriter writer, CustomerNotification notification)
    {
        writer.WriteStartObject();
        writer.WriteString("id", notification.Id);
        writer.WriteString("reason", notification.Reason);
        writer.WriteEnum("issue", notification.Issue);
        writer.WriteInstant("raisedAt", notification.RaisedAt);
        writer.WriteString("answeredBy", notification.AnsweredBy);
        writer.WriteInstant("answeredAt", notification.AnsweredAt);
        writer.WriteEndObject();
    }

    public static CustomerNotification ReadNotification(StoredElement element)
    {
        var notification = element.Object("id", "reason", "issue", "raisedAt", "answeredBy", "answeredAt");
        return new CustomerNotification(
            notification["id"].String(),
            notification["reason"].String(),
            notification["issue"].OrNone(e => e.Enum<ExecutionIssueKind>()),
            notification["raisedAt"].Instant())
        {
            AnsweredBy = notification["answeredBy"].StringOrNull(),
            AnsweredAt = notification["answeredAt"].OrNone(e => e.Instant()),
        };
    }
}
