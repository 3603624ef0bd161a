using System.Text.Json;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;

namespace OrderConfirmation.Lifecycle;

/// <summary>
/// Reads an order sheet out of the audit trail (article 6.1: supervision audits the order sheets for authenticity and
/// completeness). The trail keeps every sheet as entered, contact details and addresses included; they are readable only
/// through the need-to-know view (article 5): <see cref="Read"/> returns the sheet through
/// <see cref="OrderView.For"/>, masked for roles outside <see cref="LifecyclePolicy.CustomerDataRoles"/>.
/// </summary>
public static class OrderSheets
{
    /// <summary>
    /// The order's latest sheet in the trail, as <paramref name="role"/> may see it: the order of the last accepted
    /// <c>Enter</c> or <c>EditDraft</c> command, customer reply with a corrected order, or applied change (its new
    /// revision) about <paramref name="orderId"/>.
    /// </summary>
    /// <param name="entries">The trail's entries, in log order.</param>
    /// <param name="orderId">The order, compared exactly.</param>
    /// <param name="role">The role the reader acts in.</param>
    /// <param name="policy">The policy saying which roles see customer data.</param>
    /// <returns>The sheet as the role may see it, or <see langword="null"/> when the trail holds no sheet of the order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, <paramref name="orderId"/> or <paramref name="policy"/> is <see langword="null"/>.</exception>
    public static OrderView? Read(IEnumerable<AuditEntry> entries, string orderId, Role role, LifecyclePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(orderId);
        ArgumentNullException.ThrowIfNull(policy);
        return Latest(AuditQueries.ByOrder(entries, orderId)) is { } order ? OrderView.For(order, role, policy) : null;
    }

    /// <summary>The latest order sheet among an order's entries, unmasked: for the library's own checks, never for a reader.</summary>
    internal static Order? Latest(IEnumerable<AuditEntry> orderEntries)
    {
        Order? latest = null;
        foreach (var entry in orderEntries)
        {
            if (entry.Kind != nameof(AuditEntryKind.CommandAccepted))
            {
                continue;
            }

            using var payload = JsonDocument.Parse(entry.Payload);
            if (Sheet(payload.RootElement) is { } sheet)
            {
                latest = OrderSheetReader.Read(sheet);
            }
        }

        return latest;
    }

    private static JsonElement? Sheet(JsonElement payload)
    {
        if (!payload.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("command", out var command) || command.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return command.GetString() switch
        {
            nameof(LifecycleCommandKind.Enter) or nameof(LifecycleCommandKind.EditDraft) => details,
            nameof(LifecycleCommandKind.RecordCustomerReply) or nameof(LifecycleCommandKind.ApplyChange)
                when details.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Object => order,
            _ => null,
        };
    }
}
