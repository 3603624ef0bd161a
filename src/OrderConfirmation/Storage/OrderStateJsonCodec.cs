using System.Text.Json;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Storage;

/// <summary>The members of a stored order state, in the order they are written, each always present (<c>null</c> when absent); a document of format 1 has no <c>reschedules</c> and <c>remainderCancellation</c>, one of formats 1 and 2 no <c>communications</c>, <c>notifications</c>, <c>repliedClarifications</c> and <c>tasks</c>.</summary>
internal static class OrderStateJsonCodec
{
    public static void Write(Utf8JsonWriter writer, OrderState state)
    {
        writer.WriteStartObject();
        writer.WriteNumber("format", OrderStateDocument.CurrentFormat);
        writer.WriteString("orderId", state.OrderId);
        writer.WriteEnum("status", state.Status);
        writer.WriteNumber("revision", state.Revision);
        writer.WriteString("enteredBy", state.EnteredBy);
        writer.WriteInstant("enteredAt", state.EnteredAt);
        writer.WritePropertyName("order");
        OrderJsonCodec.Write(writer, state.Order);
        writer.WriteObjectOrNull("latestReview", state.LatestReview, DecisionJsonCodec.Write);
        writer.WriteObjectOrNull("hold", state.Hold, LifecycleJsonCodec.WriteAction);
        writer.WriteObjectOrNull("holdRelease", state.HoldRelease, LifecycleJsonCodec.WriteAction);
        writer.WriteString("reviewedBy", state.ReviewedBy);
        writer.WriteArray("customerWaits", state.CustomerWaits, LifecycleJsonCodec.WriteInterval);
        writer.WriteObjectOrNull("clarification", state.Clarification, LifecycleJsonCodec.WriteClarification);
        writer.WriteObjectOrNull("confirmation", state.Confirmation, LifecycleJsonCodec.WriteConfirmation);
        writer.WriteDate("promisedDeliveryDate", state.PromisedDeliveryDate);
        ExecutionJsonCodec.WriteShipped(writer, state.Shipped);
        writer.WriteInstant("deliveredAt", state.DeliveredAt);
        writer.WriteArray("reports", state.Reports, ExecutionJsonCodec.WriteReport);
        writer.WriteArray("revisions", state.Revisions, LifecycleJsonCodec.WriteRevision);
        writer.WriteObjectOrNull("closure", state.Closure, LifecycleJsonCodec.WriteAction);
        writer.WriteArray("reschedules", state.Reschedules, ExecutionJsonCodec.WriteReschedule);
        writer.WriteObjectOrNull("remainderCancellation", state.RemainderCancellation, ExecutionJsonCodec.WriteRemainderCancellation);
        writer.WriteArray("communications", state.Communications, CommunicationJsonCodec.WriteCommunication);
        writer.WriteArray("notifications", state.Notifications, CommunicationJsonCodec.WriteNotification);
        writer.WriteArray("repliedClarifications", state.RepliedClarifications, LifecycleJsonCodec.WriteClarification);
        TaskJsonCodec.WriteTasks(writer, state.Tasks);
        writer.WriteEndObject();
    }

    /// <summary>Reads the state from a document whose format has been checked.</summary>
    public static OrderState Read(StoredElement element)
    {
        var exceptions = element.Format >= 2;
        var communications = element.Format >= CommunicationJsonCodec.Format;
        string[] since3 = communications ? ["communications", "notifications", "repliedClarifications"] : [];
        var state = exceptions
            ? element.Object([
                "format", "orderId", "status", "revision", "enteredBy", "enteredAt", "order", "latestReview", "hold", "holdRelease", "reviewedBy",
                "customerWaits", "clarification", "confirmation", "promisedDeliveryDate", "shipped", "deliveredAt", "reports", "revisions",
                "closure", "reschedules", "remainderCancellation", .. since3, .. TaskJsonCodec.Members(element.Format)])
            : element.Object(
                "format", "orderId", "status", "revision", "enteredBy", "enteredAt", "order", "latestReview", "hold", "holdRelease", "reviewedBy",
                "customerWaits", "clarification", "confirmation", "promisedDeliveryDate", "shipped", "deliveredAt", "reports", "revisions", "closure");
        return new OrderState
        {
            OrderId = state["orderId"].String(),
            Status = state["status"].Enum<OrderStatus>(),
            Revision = state["revision"].Int32(),
            EnteredBy = state["enteredBy"].String(),
            EnteredAt = state["enteredAt"].Instant(),
            Order = OrderJsonCodec.Read(state["order"]),
            LatestReview = state["latestReview"].OrNull(DecisionJsonCodec.Read),
            Hold = state["hold"].OrNull(LifecycleJsonCodec.ReadAction),
            HoldRelease = state["holdRelease"].OrNull(LifecycleJsonCodec.ReadAction),
            ReviewedBy = state["reviewedBy"].StringOrNull(),
            CustomerWaits = state["customerWaits"].Array(LifecycleJsonCodec.ReadInterval),
            Clarification = state["clarification"].OrNull(LifecycleJsonCodec.ReadClarification),
            Confirmation = state["confirmation"].OrNull(LifecycleJsonCodec.ReadConfirmation),
            PromisedDeliveryDate = state["promisedDeliveryDate"].OrNone(e => e.Date()),
            Shipped = ExecutionJsonCodec.ReadShipped(state["shipped"]),
            DeliveredAt = state["deliveredAt"].OrNone(e => e.Instant()),
            Reports = state["reports"].Array(ExecutionJsonCodec.ReadReport),
            Revisions = state["revisions"].Array(LifecycleJsonCodec.ReadRevision),
            // Format 2 always holds the closure; a format-1 document may lack it (stored before closures were recorded).
            Closure = exceptions || state.Has("closure") ? state["closure"].OrNull(LifecycleJsonCodec.ReadAction) : null,
            Reschedules = exceptions ? state["reschedules"].Array(ExecutionJsonCodec.ReadReschedule) : [],
            RemainderCancellation = exceptions ? state["remainderCancellation"].OrNull(ExecutionJsonCodec.ReadRemainderCancellation) : null,
            // Format 3 always holds the communication records; formats 1 and 2 had none.
            Communications = communications ? state["communications"].Array(CommunicationJsonCodec.ReadCommunication) : [],
            Notifications = communications ? state["notifications"].Array(CommunicationJsonCodec.ReadNotification) : [],
            RepliedClarifications = communications ? state["repliedClarifications"].Array(LifecycleJsonCodec.ReadClarification) : [],
            Tasks = TaskJsonCodec.ReadTasks(state, element.Format),
        };
    }
}
