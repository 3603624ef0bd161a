using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderConfirmation.Audit;
using OrderConfirmation.Lifecycle;

namespace OrderConfirmation.Storage.ProcessTests.Builders;

/// <summary>
/// Everything the store holds once the writers are done, read as a host and a supervisor would: the trail's
/// verification and entries through <see cref="IAuditTrail"/>, the order through <see cref="IOrderStore"/>, and every
/// receipt of the order by plain SQL on <c>oc_commands</c> (the store has no query for all of them).
/// </summary>
/// <param name="Verification">The whole chain verified by the store.</param>
/// <param name="Entries">Every entry, in sequence order.</param>
/// <param name="Receipts">The order's receipts, by command id.</param>
/// <param name="Order">The order as stored.</param>
public sealed record StoredTrail(AuditVerification Verification, IReadOnlyList<AuditEntry> Entries, IReadOnlyDictionary<string, StoredReceipt> Receipts, StoredOrder Order)
{
    /// <summary>Reads the database.</summary>
    public static async Task<StoredTrail> ReadAsync(StoreDatabase database, string orderId)
    {
        await using var services = database.OpenStore();
        var trail = services.GetRequiredService<IAuditTrail>();
        var verification = await trail.VerifyAsync();
        var entries = await trail.ReadAsync(AuditQuery.All).ToListAsync();
        var order = await services.GetRequiredService<IOrderStore>().FindAsync(orderId);
        Assert.NotNull(order);

        var receipts = new Dictionary<string, StoredReceipt>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT command_id, kind, version FROM oc_commands WHERE order_id = @order";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "order";
        parameter.Value = orderId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            receipts.Add(reader.GetString(0), new StoredReceipt(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return new StoredTrail(verification, entries, receipts, order);
    }

    /// <summary>The receipts of progress reports.</summary>
    public IReadOnlyList<StoredReceipt> ReportReceipts => [.. Receipts.Values.Where(r => r.Kind == "ReportProgress")];

    /// <summary>The entries of a kind, as <see cref="AuditEntryKind"/> names it.</summary>
    public IReadOnlyList<AuditEntry> EntriesOf(AuditEntryKind kind) => [.. Entries.Where(e => e.Kind == kind.ToString())];

    /// <summary>The accepted-command entries by the command id recorded in them.</summary>
    public ILookup<string?, AuditEntry> AcceptedCommandsById =>
        field ??= EntriesOf(AuditEntryKind.CommandAccepted).ToLookup(e => PayloadString(e, "commandId"), StringComparer.Ordinal);

    /// <summary>The execution reports by their text.</summary>
    public ILookup<string?, AuditEntry> ExecutionReportsByText =>
        field ??= EntriesOf(AuditEntryKind.ExecutionReport).ToLookup(e => PayloadString(e, "text"), StringComparer.Ordinal);

    private static string? PayloadString(AuditEntry entry, string name)
    {
        using var payload = JsonDocument.Parse(entry.Payload);
        return payload.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}

/// <summary>A row of <c>oc_commands</c>: the command id, the command's kind and the order's version after it.</summary>
public sealed record StoredReceipt(string CommandId, string Kind, long Version);
