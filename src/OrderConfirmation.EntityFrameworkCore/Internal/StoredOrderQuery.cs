using System.Data;
using Microsoft.EntityFrameworkCore;
using OrderConfirmation.Storage;

namespace OrderConfirmation.EntityFrameworkCore.Internal;

/// <summary>
/// Reads one order's state document and version with a plain command on the context's connection: every audited command
/// reads its order first, and EF Core's query pipeline (even compiled) cost more client time than the read itself.
/// </summary>
internal static class StoredOrderQuery
{
    private const string Sql = $"SELECT state, version FROM {StoreTables.Orders} WHERE order_id = @order_id";

    /// <summary>The order under this id, or <see langword="null"/> when none is stored.</summary>
    /// <exception cref="StoredStateFormatException">The stored document is not a state the library wrote.</exception>
    public static async ValueTask<StoredOrder?> FindAsync(DbContext context, string orderId, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = context.Database.GetDbConnection().CreateCommand();
            await using var disposeCommand = command.ConfigureAwait(false);
            command.CommandText = Sql;
            if (context.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            var id = command.CreateParameter();
            id.ParameterName = "order_id";
            id.DbType = DbType.String;
            id.Value = orderId;
            command.Parameters.Add(id);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken).ConfigureAwait(false);
            await using var closeReader = reader.ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new StoredOrder(OrderStateDocument.Read(reader.GetString(0)), reader.GetInt64(1))
                : null;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
