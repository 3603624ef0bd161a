using NodaTime;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;
using OrderConfirmation.Tests.Builders;

namespace OrderConfirmation.EntityFrameworkCore.Tests;

/// <summary>Order states, receipts, audit records and commits for the store's tests.</summary>
public static class Commits
{
    /// <summary>Friday 2026-11-27 10:00 in Shanghai.</summary>
    public static readonly Instant At = Instant.FromUtc(2026, 11, 27, 2, 0);

    public static OrderState State(string orderId, OrderStatus status = OrderStatus.Submitted, int revision = 1, Instant? receivedAt = null, string enteredBy = "sales.li") => new()
    {
        OrderId = orderId,
        Order = new OrderBuilder().With(o => o with { OrderId = orderId, ReceivedAt = receivedAt ?? OrderBuilder.ReceivedAt }).Build(),
        Status = status,
        Revision = revision,
        EnteredBy = enteredBy,
        EnteredAt = At,
    };

    public static CommandReceipt Receipt(
        string commandId,
        string orderId,
        long version,
        LifecycleCommandKind kind = LifecycleCommandKind.Enter,
        OrderStatus? status = OrderStatus.Submitted,
        Refusal? refusal = null,
        string actor = "sales.li",
        Role role = Role.SalesRep) =>
        new(commandId, orderId, kind, actor, role, At, refusal, version, 1, status, $"fingerprint-of-{commandId}");

    public static AuditRecord Record(string orderId, string kind = "CommandAccepted", int minute = 0, string actor = "sales.li", string role = "SalesRep") =>
        new(At + Duration.FromMinutes(minute), actor, role, orderId, kind, $$"""{"command":"{{kind}}","minute":{{minute}}}""");

    /// <summary>Entering a new order: its state at version 1, <paramref name="records"/> audit records and the receipt.</summary>
    public static OrderCommit Enter(string orderId, string? commandId = null, int records = 2, Instant? receivedAt = null, string actor = "sales.li") =>
        new(
            Receipt(commandId ?? $"enter-{orderId}", orderId, 1, actor: actor),
            0,
            State(orderId, receivedAt: receivedAt, enteredBy: actor),
            [.. Enumerable.Range(0, records).Select(i => Record(orderId, i == 0 ? "OrderEntered" : "CommandAccepted", i, actor))]);

    /// <summary>A change of a stored order at <paramref name="expectedVersion"/>: the status and revision move on.</summary>
    public static OrderCommit Change(string orderId, long expectedVersion, string commandId, OrderStatus status = OrderStatus.UnderReview, string actor = "conf.wang") =>
        new(
            Receipt(commandId, orderId, expectedVersion + 1, LifecycleCommandKind.StartReview, status, actor: actor, role: Role.ConfirmationOfficer),
            expectedVersion,
            State(orderId, status, revision: (int)expectedVersion + 1),
            [Record(orderId, "CommandAccepted", (int)expectedVersion, actor, "ConfirmationOfficer")]);

    /// <summary>A refused command: no new state, one audit record, the receipt with the refusal.</summary>
    public static OrderCommit Refuse(string orderId, long version, string commandId) =>
        new(
            Receipt(commandId, orderId, version, LifecycleCommandKind.Confirm, OrderStatus.Submitted, new Refusal(RefusalReason.RoleNotPermitted, "A SalesRep may not confirm an order."), "sales.li"),
            version,
            null,
            [Record(orderId, "CommandRefused", 30)]);
}
