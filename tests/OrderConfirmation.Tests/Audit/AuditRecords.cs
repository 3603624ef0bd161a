using NodaTime;
using OrderConfirmation.Audit;

namespace OrderConfirmation.Tests.Audit;

/// <summary>Audit records and logs for examples: an order's commands, decisions and changes a minute apart.</summary>
public static class AuditRecords
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 3, 0);

    public static AuditRecord Report(int minute, string orderId = "SO-1001", string actor = "zhang.wei") =>
        new(Start + Duration.FromMinutes(minute), actor, "ExecutionOfficer", orderId, "ExecutionReport", $$"""{"milestone":"step {{minute}}"}""");

    public static AuditRecord Command(int minute, string? orderId, string command, string actor = "head.chen", string role = "HeadOfOrderConfirmation") =>
        new(Start + Duration.FromMinutes(minute), actor, role, orderId, "CommandAccepted", $$"""{"command":"{{command}}"}""");

    public static AuditRecord Entry(int minute, string orderId, string kind, string payload = "{}", string actor = "li.lei") =>
        new(Start + Duration.FromMinutes(minute), actor, "ConfirmationOfficer", orderId, kind, payload);

    /// <summary>A log of <paramref name="count"/> execution reports, minute 1, 2, ….</summary>
    public static InMemoryAuditLog LogOf(int count)
    {
        var log = new InMemoryAuditLog();
        for (var minute = 1; minute <= count; minute++)
        {
            log.Append(Report(minute));
        }

        return log;
    }
}
