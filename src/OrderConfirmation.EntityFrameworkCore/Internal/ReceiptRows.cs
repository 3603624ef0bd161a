using OrderConfirmation.Lifecycle.State;
using OrderConfirmation.Orders;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>Turns receipts into rows of <c>oc_commands</c> and back.</summary>
internal static class ReceiptRows
{
    public static CommandRow ToRow(CommandReceipt receipt)
    {
        var (ticks, nanoseconds) = InstantColumns.Split(receipt.At);
        return new CommandRow
        {
            CommandId = receipt.CommandId,
            OrderId = receipt.OrderId,
            Kind = receipt.Kind.ToString(),
            ActorId = receipt.ActorId,
            Role = receipt.Role.ToString(),
            At = ticks,
            AtNanoseconds = nanoseconds,
            RefusalReason = receipt.Refusal?.Reason.ToString(),
            RefusalMessage = receipt.Refusal?.Message,
            Version = receipt.Version,
            Revision = receipt.Revision,
            Status = receipt.Status?.ToString(),
            Fingerprint = receipt.Fingerprint,
        };
    }

    /// <exception cref="FormatException">A column holds a name that is not one of the enumeration's (the row was altered).</exception>
    public static CommandReceipt FromRow(CommandRow row) =>
        new(
            row.CommandId,
            row.OrderId,
            Parse<LifecycleCommandKind>(row.Kind),
            row.ActorId,
            Parse<Role>(row.Role),
            InstantColumns.Join(row.At, row.AtNanoseconds),
            row.RefusalReason is { } reason ? new Refusal(Parse<RefusalReason>(reason), row.RefusalMessage ?? string.Empty) : null,
            row.Version,
            row.Revision,
            row.Status is { } status ? Parse<OrderStatus>(status) : null,
            row.Fingerprint);

    private static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(T).Name}; the stored receipt was altered.");
}
