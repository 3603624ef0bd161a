using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.SampleHost.Identity;

namespace OrderConfirmation.SampleHost.Contracts;

/// <summary>
/// Writes an order's communication records and customer notifications as camelCase JSON. Who was spoken to, what was
/// said and what the customer must be told are customer data (article 5): shown only to a caller who sees customer data
/// (<see cref="NeedToKnow.CustomerData"/>), else masked as <c>***</c>.
/// </summary>
internal static class CommunicationJson
{
    /// <summary>Writes <c>{orderId, masked, communications, notifications}</c>.</summary>
    public static void WriteAll(Utf8JsonWriter writer, OrderState state, NeedToKnow view)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", state.OrderId);
        writer.WriteStartArray("masked");
        if (!view.CustomerData)
        {
            writer.WriteStringValue("customerData");
        }

        writer.WriteEndArray();
        writer.WriteStartArray("communications");
        foreach (var communication in state.Communications)
        {
            Write(writer, communication, view.CustomerData);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notifications");
        foreach (var notification in state.Notifications)
        {
            writer.WriteStartObject();
            writer.WriteString("id", notification.Id);
            writer.WriteString("reason", view.CustomerData ? notification.Reason : OrderView.Masked);
            writer.WriteString("issue", notification.Issue?.ToString());
            writer.WriteString("raisedAt", Format(notification.RaisedAt));
            writer.WriteBoolean("open", notification.IsOpen);
            writer.WriteString("answeredBy", notification.AnsweredBy);
            writer.WriteString("answeredAt", notification.AnsweredAt is { } at ? Format(at) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one communication, with its counterpart and summary when <paramref name="customerData"/>.</summary>
    public static void Write(Utf8JsonWriter writer, Communication communication, bool customerData)
    {
        writer.WriteStartObject();
        writer.WriteString("id", communication.Id);
        writer.WriteString("channel", communication.Channel.ToString());
        writer.WriteString("direction", communication.Direction.ToString());
        writer.WriteString("counterpart", customerData ? communication.Counterpart : OrderView.Masked);
        writer.WriteString("summary", customerData ? communication.Summary : OrderView.Masked);
        writer.WriteString("occurredAt", Format(communication.OccurredAt));
        writer.WriteString("recordedBy", communication.RecordedBy);
        writer.WriteString("recordedAt", Format(communication.RecordedAt));
        writer.WriteStartArray("answers");
        foreach (var answered in communication.Answers)
        {
            writer.WriteStringValue(answered);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
